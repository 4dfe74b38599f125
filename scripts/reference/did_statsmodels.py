#!/usr/bin/env python3
"""Reference difference-in-differences results from statsmodels for `bunseki did`.

Writes Tests/AnalysisTests/Fixtures/did_statsmodels.json: for each generated long-format design
(one row per unit x period) the data, the 2x2 cell means and counts, and for the regression
V ~ treated + after + treated:after (and, before the measure, V ~ treated + time + treated:time)
the coefficient of the interaction with classical, HC1 and cluster-robust standard errors
(cov_type='cluster' with statsmodels' default small-sample correction, use_t=True so the t reference
has clusters - 1 degrees of freedom), t, p and 95 % interval; and the two weaker designs
(treated before/after, treated vs comparison after) with the primary kind (cluster with units, else HC1).
Also writes the unbalanced design as Tests/CLITests/Fixtures/did_offices.csv for the command's tests.

Requires: pip install statsmodels. Run from the repository root.
"""
import csv
import json
import os

import numpy as np
import statsmodels
import statsmodels.api as sm

OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "did_statsmodels.json")
CSV = os.path.join("Tests", "CLITests", "Fixtures", "did_offices.csv")


def design(name, rng, offices, treated, periods, after, per_cell, drop, units, trend=0.0):
    rows = []
    for office in offices:
        base = rng.normal(20, 3)
        for t, period in enumerate(periods):
            k = per_cell(office, period)
            for visit in range(k):
                if rng.uniform() < drop:
                    continue
                effect = -4.0 if office == treated and period in after else 0.0
                slope = trend * t if office == treated else 0.0
                value = round(base + 0.5 * t + slope + effect + rng.normal(0, 2.5 + (1.5 if office == treated else 0)), 1)
                unit = f"{office}-{visit + 1}" if units == "visitor" else office
                rows.append({"office": office, "period": period, "unit": unit, "value": value})
    return {"name": name, "treated": treated, "after": after, "periods": periods, "rows": rows,
            "use_units": units is not None}


def fit(y, X, kind, groups):
    model = sm.OLS(y, X)
    if kind == "classical":
        return model.fit()
    if kind == "hc1":
        return model.fit(cov_type="HC1", use_t=True)
    return model.fit(cov_type="cluster", cov_kwds={"groups": groups}, use_t=True)


def coefficient(res, j):
    lo, hi = res.conf_int(0.05)[j]
    return {"estimate": res.params[j], "se": res.bse[j], "t": res.tvalues[j], "p": res.pvalues[j],
            "lower": lo, "upper": hi, "df": float(res.df_resid_inference if hasattr(res, "df_resid_inference") and res.df_resid_inference is not None else res.df_resid)}


def analyse(d):
    rows = d["rows"]
    y = np.array([r["value"] for r in rows])
    tr = np.array([1.0 if r["office"] == d["treated"] else 0.0 for r in rows])
    af = np.array([1.0 if r["period"] in d["after"] else 0.0 for r in rows])
    units = [r["unit"] for r in rows]
    codes = np.unique(units, return_inverse=True)[1]
    kinds = ["classical", "hc1"] + (["cluster"] if d["use_units"] else [])
    X = np.column_stack([np.ones(len(y)), tr, af, tr * af])
    out = {k: coefficient(fit(y, X, k, codes), 3) for k in kinds}
    cells = {}
    for name, t, a in [("tb", 1, 0), ("ta", 1, 1), ("cb", 0, 0), ("ca", 0, 1)]:
        sel = (tr == t) & (af == a)
        cells[name] = {"count": int(sel.sum()), "mean": float(y[sel].mean())}
    primary = "cluster" if d["use_units"] else "hc1"
    weaker = {}
    for name, sel, ind in [("treated_change", tr == 1, af), ("after_difference", af == 1, tr)]:
        Xs = np.column_stack([np.ones(sel.sum()), ind[sel]])
        weaker[name] = coefficient(fit(y[sel], Xs, primary, codes[sel]), 1)
    before = [p for p in d["periods"] if p not in d["after"]]
    pre = None
    if len(before) >= 2:
        sel = af == 0
        time = np.array([float(before.index(r["period"])) if r["period"] in before else 0.0 for r in rows])
        Xp = np.column_stack([np.ones(sel.sum()), tr[sel], time[sel], tr[sel] * time[sel]])
        pre = {k: coefficient(fit(y[sel], Xp, k, codes[sel]), 3) for k in kinds}
    return {**d, "cells": cells, "did": out, "weaker": weaker, "pre_trend": pre}


def main():
    rng = np.random.default_rng(20261206)
    offices = ["本庁", "A支所", "B支所", "C支所"]
    periods = ["2023上", "2023下", "2024上", "2024下"]
    after = ["2024上", "2024下"]
    designs = [
        design("balanced", rng, offices, "A支所", periods, after, lambda o, p: 5, 0.0, "visitor"),
        design("unbalanced", rng, offices, "A支所", periods, after,
               lambda o, p: 3 + (offices.index(o) * 2 + periods.index(p)) % 5, 0.15, "visitor"),
        design("no_units", rng, offices, "A支所", ["前", "後"], ["後"], lambda o, p: 4 + offices.index(o), 0.1, None),
        design("diverging", rng, offices, "A支所", periods, after, lambda o, p: 6, 0.0, "visitor", trend=8.0),
    ]
    out = [analyse(d) for d in designs]
    with open(OUT, "w") as fh:
        json.dump({"source": f"statsmodels {statsmodels.__version__} OLS", "designs": out}, fh, ensure_ascii=False, indent=0)
    with open(CSV, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["窓口", "期間", "来庁者", "待ち時間"])
        for r in designs[1]["rows"]:
            w.writerow([r["office"], r["period"], r["unit"], r["value"]])
    print(f"wrote {OUT} and {CSV}")


if __name__ == "__main__":
    main()
