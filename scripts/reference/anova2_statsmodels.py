#!/usr/bin/env python3
"""Reference two-factor ANOVA tables from statsmodels for long-format (one row per case) designs.

Writes Tests/AnalysisTests/Fixtures/anova2_statsmodels.json: for each design the raw rows (value,
first factor, second factor; null where a cell is blank), and statsmodels' `anova_lm` tables of
`y ~ C(a, Sum) * C(b, Sum)` with typ=2 and typ=3, plus `y ~ C(a, Sum) + C(b, Sum)` with typ=2
(the model without interaction). Rows with a blank are dropped before fitting, as the Swift code's
listwise deletion does. Sum-to-zero coding matters only for Type III; Type II is coding-invariant.

Requires: pip install statsmodels pandas. Run from the repository root.
"""
import json
import os

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "anova2_statsmodels.json")


def rows_for(sizes, first_levels, second_levels, means, rng):
    """Cases in a shuffled order so that level order of first appearance differs from the grid's."""
    rows = []
    for i, a in enumerate(first_levels):
        for j, b in enumerate(second_levels):
            for _ in range(sizes[i][j]):
                rows.append([round(float(rng.normal(means[i][j], 3.0)), 1), a, b])
    order = rng.permutation(len(rows))
    return [rows[k] for k in order]


def designs():
    rng = np.random.default_rng(20261127)
    # 窓口 × 曜日, unbalanced 2 × 3: every cell filled, sizes from 2 to 6.
    yield "unbalanced_2x3", ("待ち時間", "窓口", "曜日"), rows_for(
        [[3, 5, 2], [4, 2, 6]], ["本庁", "支所"], ["月", "水", "金"],
        [[12, 15, 11], [9, 14, 16]], rng)

    # 3 × 4 with unequal sizes, one blank value and one blank factor label (both rows dropped).
    rows = rows_for([[2, 3, 4, 2], [3, 2, 2, 5], [4, 3, 2, 3]], ["A", "B", "C"], ["1", "2", "3", "4"],
                    [[20, 22, 25, 21], [18, 24, 23, 20], [22, 21, 27, 26]], rng)
    rows[5][0] = None
    rows[11][2] = None
    yield "missing_3x4", ("score", "group", "period"), rows

    # Balanced 3 × 2 with 4 replicates per cell: Types I, II and III coincide with the textbook sums.
    yield "balanced_3x2", ("yield", "fertiliser", "field"), rows_for(
        [[4, 4], [4, 4], [4, 4]], ["甲", "乙", "丙"], ["東", "西"], [[10, 12], [14, 13], [9, 15]], rng)


def table(frame, formula, typ):
    fit = smf.ols(formula, data=frame).fit()
    result = anova_lm(fit, typ=typ)
    names = {"C(a, Sum)": "first", "C(b, Sum)": "second", "C(a, Sum):C(b, Sum)": "interaction",
             "Residual": "residual", "Intercept": "intercept"}
    out = {}
    for label, row in result.iterrows():
        entry = {"ss": float(row["sum_sq"]), "df": float(row["df"])}
        if not np.isnan(row["F"]):
            entry["f"] = float(row["F"])
            entry["p"] = float(row["PR(>F)"])
        out[names[label]] = entry
    return out


def main():
    out = {"statsmodels": statsmodels.__version__, "designs": []}
    for name, (value, first, second), rows in designs():
        complete = [r for r in rows if all(v is not None for v in r)]
        frame = pd.DataFrame(complete, columns=["y", "a", "b"])
        out["designs"].append({
            "name": name, "value": value, "first": first, "second": second,
            "y": [r[0] for r in rows], "a": [r[1] for r in rows], "b": [r[2] for r in rows],
            "type2": table(frame, "y ~ C(a, Sum) * C(b, Sum)", 2),
            "type3": table(frame, "y ~ C(a, Sum) * C(b, Sum)", 3),
            "additive": table(frame, "y ~ C(a, Sum) + C(b, Sum)", 2),
        })
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
