#!/usr/bin/env python3
"""Reference OLS results from statsmodels for a few generated designs.

Writes Tests/AnalysisTests/Fixtures/ols_statsmodels.json with the data (exact doubles via repr)
and statsmodels' params, bse, t, p, 95 % and 99 % intervals, R², adjusted R², F and its p,
HC1 and HC3 standard errors. As a check on the reference itself, params, bse, HC1 and HC3 are
also recomputed with mpmath at 50 digits (stored under "mpmath"); the largest relative
differences are printed. statsmodels' HC3 loses digits as collinearity grows (relative error 3.4e-10 at a scaled
condition number of 1e4, 1.5e-9 at 3e4, and its robust p-values 1e-8), which is why the
near-collinear design stops at about 3e3; the Swift results match the 50-digit values to ~1e-15
at every condition number tried.

Requires: pip install statsmodels. Run from the repository root.
"""
import json
import os

import mpmath as mp
import numpy as np
import statsmodels
import statsmodels.api as sm

OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "ols_statsmodels.json")
mp.mp.dps = 50


def designs():
    rng = np.random.default_rng(20261127)
    n = 30
    x = rng.uniform(0, 100, n)
    yield "simple", {"x": x}, 3.0 + 0.5 * x + rng.normal(0, 5, n), True

    n = 50
    x1, x2, x3 = rng.normal(10, 2, n), rng.uniform(-5, 5, n), rng.exponential(3, n)
    noise = rng.normal(0, 1, n) * (1 + np.abs(x2))  # heteroskedastic, so HC1/HC3 differ from OLS
    yield "multiple", {"x1": x1, "x2": x2, "x3": x3}, 1 + 2 * x1 - 0.7 * x2 + 0.3 * x3 + noise, True

    n = 40
    x1 = rng.normal(0, 1, n)
    x2 = x1 + rng.normal(0, 1e-3, n)  # near-collinear: scaled condition number about 3e3
    x3 = rng.normal(5, 1, n)
    yield "near_collinear", {"x1": x1, "x2": x2, "x3": x3}, 2 + x1 + x2 + 0.5 * x3 + rng.normal(0, 0.1, n), True

    # Checked against mpmath only: statsmodels' own HC errors are off by up to 4e-5 here.
    x2 = x1 + rng.normal(0, 1e-6, n)
    yield "strongly_collinear", {"x1": x1, "x2": x2, "x3": x3}, 2 + x1 + x2 + 0.5 * x3 + rng.normal(0, 0.1, n), True

    n = 25
    x1, x2 = rng.uniform(1, 10, n), rng.uniform(-3, 3, n)
    yield "no_intercept", {"x1": x1, "x2": x2}, 1.5 * x1 - 2 * x2 + rng.normal(0, 1, n), False

    n = 60
    x = np.arange(1.0, n + 1)  # integers, so x^2 and x^3 are exact in double as in the Swift design
    yield "cubic", {"x": x, "x^2": x ** 2, "x^3": x ** 3}, 5 - 0.3 * x + 0.02 * x ** 2 - 1e-4 * x ** 3 + rng.normal(0, 1, n), True


def high_precision_check(X, y):
    """params, bse, HC1 and HC3 standard errors at 50 digits (normal equations are fine there)."""
    n, k = X.shape
    Xm = mp.matrix([[mp.mpf(float(v)) for v in row] for row in X])
    ym = mp.matrix([mp.mpf(float(v)) for v in y])
    inv = mp.inverse(Xm.T * Xm)
    beta = inv * (Xm.T * ym)
    r = ym - Xm * beta
    s2 = sum(v * v for v in r) / (n - k)
    g = inv * Xm.T  # k x n
    lev = [sum(Xm[i, a] * g[a, i] for a in range(k)) for i in range(n)]
    hc1 = [mp.sqrt(sum(g[j, i] ** 2 * r[i] ** 2 for i in range(n)) * n / (n - k)) for j in range(k)]
    hc3 = [mp.sqrt(sum(g[j, i] ** 2 * r[i] ** 2 / (1 - lev[i]) ** 2 for i in range(n))) for j in range(k)]
    return ([beta[i] for i in range(k)] + [mp.sqrt(s2 * inv[i, i]) for i in range(k)], hc1 + hc3)


def robust_inference(y, X, kind):
    """t, p and 95 % interval with a robust covariance and t(n − k) reference (use_t=True)."""
    res = sm.OLS(y, X).fit(cov_type=kind, use_t=True)
    ci = res.conf_int(0.05)
    return {"t": list(map(float, res.tvalues)), "p": list(map(float, res.pvalues)),
            "lower95": list(map(float, ci[:, 0])), "upper95": list(map(float, ci[:, 1]))}


def main():
    out = []
    worst = 0.0
    worst_robust = {}
    for name, predictors, y, intercept in designs():
        names = list(predictors)
        X = np.column_stack([predictors[k] for k in names])
        if intercept:
            X = sm.add_constant(X, prepend=True)
        res = sm.OLS(y, X).fit()
        ci95, ci99 = res.conf_int(0.05), res.conf_int(0.01)
        estimates, robust = high_precision_check(X, y)
        for a, b in zip(list(res.params) + list(res.bse), estimates):
            worst = max(worst, float(abs((mp.mpf(float(a)) - b) / b)))
        for a, b in zip(list(res.HC1_se) + list(res.HC3_se), robust):
            worst_robust[name] = max(worst_robust.get(name, 0.0), float(abs((mp.mpf(float(a)) - b) / b)))
        out.append({
            "name": name, "intercept": intercept, "terms": names,
            "compare_statsmodels": name != "strongly_collinear",
            "data": {k: [float(v) for v in predictors[k]] for k in names if "^" not in k},
            "y": [float(v) for v in y],
            "params": list(map(float, res.params)), "bse": list(map(float, res.bse)),
            "t": list(map(float, res.tvalues)), "p": list(map(float, res.pvalues)),
            "lower95": list(map(float, ci95[:, 0])), "upper95": list(map(float, ci95[:, 1])),
            "lower99": list(map(float, ci99[:, 0])), "upper99": list(map(float, ci99[:, 1])),
            "rsquared": float(res.rsquared), "rsquared_adj": float(res.rsquared_adj),
            "fvalue": float(res.fvalue), "f_pvalue": float(res.f_pvalue),
            "hc1": list(map(float, res.HC1_se)), "hc3": list(map(float, res.HC3_se)),
            "condition_number_raw": float(res.condition_number),
            "robust": {kind: robust_inference(y, X, kind) for kind in ("HC1", "HC3")},
            "mpmath": {"params_bse": [mp.nstr(v, 20) for v in estimates], "hc1_hc3": [mp.nstr(v, 20) for v in robust]},
        })
    with open(OUT, "w") as fh:
        json.dump({"source": f"statsmodels {statsmodels.__version__} OLS", "designs": out}, fh, indent=0)
    print(f"{len(out)} designs -> {OUT}; statsmodels vs mpmath (params, bse): max relative difference {worst:.2e}")
    print("statsmodels vs mpmath (HC1, HC3) per design:", {k: f"{v:.1e}" for k, v in worst_robust.items()})


if __name__ == "__main__":
    main()
