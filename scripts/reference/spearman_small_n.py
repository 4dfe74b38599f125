#!/usr/bin/env python3
"""Reference values for Spearman's ρ and its p-value on small samples (n = 5 … 10) with ties.

scipy.stats.spearmanr computes ρ as Pearson's r of the midranks and its p-value by the t
approximation t = ρ·√((n − 2)/((1 − ρ)(1 + ρ))) on n − 2 degrees of freedom for every n (no exact
permutation distribution), which is what bunseki reports too. The data come from a fixed seed as
small integers, so most columns hold ties.

Writes Tests/AnalysisTests/Fixtures/spearman_small_n.json. Run from the repository root:
    python3 scripts/reference/spearman_small_n.py      (needs numpy, scipy)
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "spearman_small_n.json")
rng = np.random.default_rng(5102026)


def main():
    cases = []
    for n in range(5, 11):
        for _ in range(3):
            while True:
                x = rng.integers(1, 6, n).astype(float)
                y = (x + rng.integers(-2, 3, n)).astype(float)
                result = stats.spearmanr(x, y)
                # Skip draws without a finite p below 1 (constant ranks, |ρ| = 1, ρ = 0).
                if np.isfinite(result.pvalue) and 0 < abs(result.statistic) < 1:
                    break
            cases.append({"x": x.tolist(), "y": y.tolist(), "spearman": float(result.statistic),
                          "spearmanP": float(result.pvalue),
                          "ties": int(n - len(set(x.tolist())) + n - len(set(y.tolist())))})
    with open(OUT, "w") as fh:
        json.dump({"generator": f"scripts/reference/spearman_small_n.py (numpy {np.__version__}, scipy {scipy.__version__})",
                   "cases": cases}, fh, indent=1)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
