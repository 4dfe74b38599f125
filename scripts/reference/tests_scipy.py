#!/usr/bin/env python3
"""Reference values for the ToolPak's test tools and the EBPM extras, from SciPy and statsmodels.

Every input is generated here from a fixed seed (rounded to the decimals a worksheet would hold),
written next to the reference figures, and read back by the Swift tests, so the tests need no
Python. Figures SciPy does not print directly (ToolPak rows such as the Welch p-value at the rounded
df, or the F-test's one-tail choice) are formed from SciPy distribution calls as toolpak.md §3.8–3.10
defines them. Fisher's exact p-values are exact rationals (math.comb), using R's rule for the
two-sided sum (tables with P(x) ≤ P(x_obs)·(1 + 1e-7)).

Writes Tests/AnalysisTests/Fixtures/tools_reference.json. Run from the repository root:
    python3 scripts/reference/tests_scipy.py      (needs numpy, scipy, statsmodels)
"""
import json
import math
import os
from fractions import Fraction

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy import stats

OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "tools_reference.json")
rng = np.random.default_rng(20261127)


def sample(mean, sd, n, decimals=1):
    return [round(float(v), decimals) for v in rng.normal(mean, sd, n)]


def t_rows(t, df, alpha):
    dist = stats.t(df)
    return {
        "pOneTail": float(dist.sf(abs(t))),
        "tCriticalOneTail": float(dist.isf(alpha)),
        "pTwoTail": float(2 * dist.sf(abs(t))),
        "tCriticalTwoTail": float(dist.isf(alpha / 2)),
    }


def t_tests():
    cases = []
    a, b = [6, 7, 9, 15, 21], [20, 28, 31, 38, 40]
    x1, x2 = sample(50, 10, 15), sample(57, 16, 11)
    before = sample(120, 15, 12)
    after = [round(v - d, 1) for v, d in zip(before, sample(6, 5, 12))]
    for name, x, y, delta, alpha in [("toolpak-7.3", a, b, 0.0, 0.05), ("random", x1, x2, 0.0, 0.05),
                                     ("random-delta", x1, x2, -3.5, 0.01)]:
        for kind in ["equalVariances", "unequalVariances"]:
            v1, v2, n1, n2 = np.var(x, ddof=1), np.var(y, ddof=1), len(x), len(y)
            if kind == "equalVariances":
                pooled = ((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2)
                df = n1 + n2 - 2
                t = (np.mean(x) - np.mean(y) - delta) / math.sqrt(pooled * (1 / n1 + 1 / n2))
                exact_df, exact_p = df, None
            else:
                pooled = None
                se2 = v1 / n1 + v2 / n2
                exact_df = se2 ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
                df = float(math.floor(exact_df + 0.5))
                t = (np.mean(x) - np.mean(y) - delta) / math.sqrt(se2)
                exact_p = float(2 * stats.t(exact_df).sf(abs(t)))
            scipy_t = stats.ttest_ind(np.array(x) - delta, y, equal_var=(kind == "equalVariances"))
            assert abs(scipy_t.statistic - t) <= 1e-12 * abs(t)
            if exact_p is not None:
                assert abs(scipy_t.pvalue - exact_p) <= 1e-12 * exact_p
            case = {"name": name, "kind": kind, "x": x, "y": y, "delta": delta, "alpha": alpha,
                    "means": [float(np.mean(x)), float(np.mean(y))], "variances": [float(v1), float(v2)],
                    "pooledVariance": None if pooled is None else float(pooled),
                    "df": float(df), "exactDf": float(exact_df), "t": float(t), "exactPTwoTail": exact_p}
            case.update(t_rows(t, df, alpha))
            cases.append(case)
    for name, x, y, delta in [("paired", before, after, 0.0), ("paired-delta", before, after, 4.0)]:
        d = np.array(x) - np.array(y)
        res = stats.ttest_1samp(d, delta)
        case = {"name": name, "kind": "paired", "x": x, "y": y, "delta": delta, "alpha": 0.05,
                "means": [float(np.mean(x)), float(np.mean(y))],
                "variances": [float(np.var(x, ddof=1)), float(np.var(y, ddof=1))],
                "pearson": float(stats.pearsonr(x, y).statistic), "pooledVariance": None,
                "df": float(len(d) - 1), "exactDf": float(len(d) - 1), "t": float(res.statistic),
                "exactPTwoTail": None}
        case.update(t_rows(float(res.statistic), len(d) - 1, 0.05))
        assert abs(case["pTwoTail"] - res.pvalue) <= 1e-12 * res.pvalue
        cases.append(case)
    return cases


def f_tests():
    cases = []
    for name, x, y, alpha in [("toolpak-7.3", [6, 7, 9, 15, 21], [20, 28, 31, 38, 40], 0.05),
                              ("random-upper", sample(10, 4, 14), sample(10, 2, 9), 0.05)]:
        v1, v2 = np.var(x, ddof=1), np.var(y, ddof=1)
        d1, d2 = len(x) - 1, len(y) - 1
        f = v1 / v2
        dist = stats.f(d1, d2)
        p = dist.cdf(f) if f < 1 else dist.sf(f)
        crit = dist.ppf(alpha) if f < 1 else dist.isf(alpha)
        cases.append({"name": name, "x": x, "y": y, "alpha": alpha, "f": float(f), "df": [d1, d2],
                      "pOneTail": float(p), "fCriticalOneTail": float(crit), "pTwoTail": float(2 * p)})
    return cases


def z_tests():
    x, y = sample(50, 10, 20), sample(45, 12, 25)
    var1, var2, delta, alpha = 100.0, 144.0, 1.0, 0.05
    z = (np.mean(x) - np.mean(y) - delta) / math.sqrt(var1 / len(x) + var2 / len(y))
    return [{"name": "random", "x": x, "y": y, "knownVariances": [var1, var2], "delta": delta, "alpha": alpha,
             "z": float(z), "pOneTail": float(stats.norm.sf(abs(z))), "zCriticalOneTail": float(stats.norm.isf(alpha)),
             "pTwoTail": float(2 * stats.norm.sf(abs(z))), "zCriticalTwoTail": float(stats.norm.isf(alpha / 2))}]


def one_way():
    groups = [sample(20, 3, 8), sample(23, 3, 11), sample(19, 4, 9), sample(24, 3.5, 10)]
    f = stats.f_oneway(*groups)
    allv = np.concatenate(groups)
    ssw = sum(float(np.sum((np.array(g) - np.mean(g)) ** 2)) for g in groups)
    sst = float(np.sum((allv - allv.mean()) ** 2))
    ssb = sst - ssw
    k, n = len(groups), len(allv)
    msw = ssw / (n - k)
    tukey = stats.tukey_hsd(*groups)
    pairs = []
    for i in range(k):
        for j in range(i + 1, k):
            ni, nj = len(groups[i]), len(groups[j])
            q = abs(np.mean(groups[i]) - np.mean(groups[j])) / math.sqrt(msw / 2 * (1 / ni + 1 / nj))
            pairs.append({"first": i, "second": j, "difference": float(np.mean(groups[i]) - np.mean(groups[j])),
                          "q": float(q), "p": float(tukey.pvalue[i, j])})
    return {"groups": groups, "alpha": 0.05, "ssBetween": ssb, "ssWithin": ssw, "ssTotal": sst,
            "f": float(f.statistic), "p": float(f.pvalue), "fCritical": float(stats.f(k - 1, n - k).isf(0.05)),
            "etaSquared": ssb / sst, "omegaSquared": (ssb - (k - 1) * msw) / (sst + msw),
            "tukey": pairs,
            "qCritical": float(stats.studentized_range.isf(0.05, k, n - k)),
            "levene": float(stats.levene(*groups, center="mean").statistic),
            "leveneP": float(stats.levene(*groups, center="mean").pvalue),
            "brownForsythe": float(stats.levene(*groups, center="median").statistic),
            "brownForsytheP": float(stats.levene(*groups, center="median").pvalue)}


def studentized_range():
    points = []
    for k, df, q in [(2, 10, 3.5), (3, 5, 2.0), (4, 20, 3.9), (5, 12, 6.5), (8, 30, 4.2), (10, 60, 5.8),
                     (3, 1000, 3.3), (6, 3, 9.0), (20, 100, 6.0),
                     (100, 300, 5.5), (200, 400, 6.2)]:
        points.append({"k": k, "df": df, "q": q, "sf": float(stats.studentized_range.sf(q, k, df))})
    return points


def two_way_with_replication():
    import pandas as pd
    from statsmodels.formula.api import ols
    a, b, m = 3, 4, 3
    cells = [[sample(10 + i + 0.5 * j + (1.5 if i == 1 and j == 2 else 0), 1.2, m) for j in range(b)]
             for i in range(a)]
    rows = [{"r": i, "c": j, "y": v} for i in range(a) for j in range(b) for v in cells[i][j]]
    table = sm.stats.anova_lm(ols("y ~ C(r) * C(c)", data=pd.DataFrame(rows)).fit(), typ=2)
    get = lambda key: {"ss": float(table.loc[key, "sum_sq"]), "df": float(table.loc[key, "df"]),
                       "f": None if math.isnan(table.loc[key, "F"]) else float(table.loc[key, "F"]),
                       "p": None if math.isnan(table.loc[key, "PR(>F)"]) else float(table.loc[key, "PR(>F)"])}
    return {"cells": cells, "rows": get("C(r)"), "columns": get("C(c)"), "interaction": get("C(r):C(c)"),
            "within": get("Residual")}


def two_way_without_replication():
    import pandas as pd
    from statsmodels.formula.api import ols
    r, c = 5, 4
    grid = [[round(float(20 + 2 * i - j + rng.normal(0, 1.5)), 1) for j in range(c)] for i in range(r)]
    rows = [{"r": i, "c": j, "y": grid[i][j]} for i in range(r) for j in range(c)]
    table = sm.stats.anova_lm(ols("y ~ C(r) + C(c)", data=pd.DataFrame(rows)).fit(), typ=2)
    get = lambda key: {"ss": float(table.loc[key, "sum_sq"]), "df": float(table.loc[key, "df"]),
                       "f": None if math.isnan(table.loc[key, "F"]) else float(table.loc[key, "F"]),
                       "p": None if math.isnan(table.loc[key, "PR(>F)"]) else float(table.loc[key, "PR(>F)"])}
    return {"grid": grid, "rows": get("C(r)"), "columns": get("C(c)"), "error": get("Residual")}


def correlation():
    n = 25
    base = rng.normal(0, 1, n)
    columns = [[round(float(v), 2) for v in 50 + 10 * base],
               [round(float(v), 2) for v in 30 + 5 * (0.6 * base + 0.8 * rng.normal(0, 1, n))],
               [float(v) for v in rng.integers(1, 6, n)],          # Likert-like, many ties
               [round(float(v), 1) for v in 100 - 8 * base + rng.normal(0, 6, n)]]
    pairs = []
    for i in range(len(columns)):
        for j in range(i):
            p = stats.pearsonr(columns[i], columns[j])
            s = stats.spearmanr(columns[i], columns[j])
            pairs.append({"i": i, "j": j, "pearson": float(p.statistic), "pearsonP": float(p.pvalue),
                          "spearman": float(s.statistic), "spearmanP": float(s.pvalue),
                          "covarianceP": float(np.cov(columns[i], columns[j], ddof=0)[0, 1]),
                          "covarianceS": float(np.cov(columns[i], columns[j], ddof=1)[0, 1])})
    variances = [float(np.var(c, ddof=0)) for c in columns]
    return {"columns": columns, "pairs": pairs, "populationVariances": variances}


def fisher_exact_rational(table):
    (a, b), (c, d) = table
    row1, col1, total = a + b, a + c, a + b + c + d
    lo, hi = max(0, row1 + col1 - total), min(row1, col1)
    prob = {x: Fraction(math.comb(col1, x) * math.comb(total - col1, row1 - x), math.comb(total, row1))
            for x in range(lo, hi + 1)}
    observed = prob[a]
    two = sum(p for p in prob.values() if p <= observed * Fraction(10_000_001, 10_000_000))
    less = sum(p for x, p in prob.items() if x <= a)
    greater = sum(p for x, p in prob.items() if x >= a)
    return float(two), float(less), float(greater)


def cross_tabs():
    tables = [[[12, 5, 9], [7, 14, 6], [3, 8, 16]], [[30, 12], [18, 25]], [[2, 7], [8, 3]]]
    out = []
    for t in tables:
        arr = np.array(t, dtype=float)
        chi2, p, dof, expected = stats.chi2_contingency(arr, correction=False)
        n = arr.sum()
        rows, cols = arr.sum(axis=1, keepdims=True), arr.sum(axis=0, keepdims=True)
        pearson_res = (arr - expected) / np.sqrt(expected)
        adjusted = (arr - expected) / np.sqrt(expected * (1 - rows / n) * (1 - cols / n))
        case = {"observed": t, "chiSquare": float(chi2), "p": float(p), "df": int(dof),
                "expected": expected.tolist(), "pearsonResiduals": pearson_res.tolist(),
                "adjustedResiduals": adjusted.tolist(),
                "cramersV": float(stats.contingency.association(arr.astype(int), method="cramer"))}
        if arr.shape == (2, 2):
            two, less, greater = fisher_exact_rational(t)
            assert abs(stats.fisher_exact(t).pvalue - two) <= 1e-12 * two
            case.update({"fisherTwoSided": two, "fisherLess": less, "fisherGreater": greater})
        out.append(case)
    big = [[412, 388], [377, 423]]
    two, less, greater = fisher_exact_rational(big)
    out.append({"observed": big, "fisherOnly": True, "fisherTwoSided": two, "fisherLess": less,
                "fisherGreater": greater})
    return out


def logistic():
    n = 120
    x1 = rng.normal(40, 12, n).round(0)
    x2 = rng.integers(0, 2, n).astype(float)
    eta = -4 + 0.08 * x1 + 0.9 * x2
    y = (rng.random(n) < 1 / (1 + np.exp(-eta))).astype(float)
    X = sm.add_constant(np.column_stack([x1, x2]))
    fit = sm.Logit(y, X).fit(disp=0, tol=1e-14, maxiter=100)
    ci = fit.conf_int(0.05)
    pred = fit.predict(X) >= 0.5
    table = [[int(np.sum((y == 1) & pred)), int(np.sum((y == 1) & ~pred))],
             [int(np.sum((y == 0) & pred)), int(np.sum((y == 0) & ~pred))]]
    # statsmodels fits the intercept-only model iteratively (ln L₀ to ~1e-10); its closed form is exact.
    events = float(y.sum())
    llnull = events * math.log(events / n) + (n - events) * math.log((n - events) / n)
    assert abs(llnull - fit.llnull) <= 1e-8 * abs(llnull)
    llr = 2 * (fit.llf - llnull)
    return {"x": [x1.tolist(), x2.tolist()], "y": y.tolist(),
            "coefficients": fit.params.tolist(), "standardErrors": fit.bse.tolist(), "z": fit.tvalues.tolist(),
            "p": fit.pvalues.tolist(), "oddsRatioLower": np.exp(ci[:, 0]).tolist(),
            "oddsRatioUpper": np.exp(ci[:, 1]).tolist(), "logLikelihood": float(fit.llf),
            "nullLogLikelihood": llnull, "lrStatistic": llr, "lrP": float(stats.chi2(2).sf(llr)),
            "mcFaddenR2": 1 - fit.llf / llnull, "aic": float(fit.aic),
            "classification": table}


def histogram():
    data = [round(float(v), 1) for v in rng.normal(50, 12, 60)] + [40.0, 50.0, 60.0]
    edges = [30.0, 40.0, 50.0, 60.0, 70.0]
    counts = np.bincount(np.searchsorted(edges, data, side="left"), minlength=len(edges) + 1)
    return {"data": data, "edges": edges, "frequencies": counts.tolist()}


def smoothing():
    """ToolPak moving average and exponential smoothing (toolpak.md §3.12–3.13), element by element."""
    actual = [round(float(v), 1) for v in 100 + np.cumsum(rng.normal(0, 4, 16))]
    interval, alpha = 3, 0.3
    ma = [None] * len(actual)
    for t in range(interval - 1, len(actual)):
        ma[t] = float(np.mean(actual[t - interval + 1:t + 1]))
    ma_se = [None] * len(actual)
    for t in range(2 * interval - 2, len(actual)):
        diffs = [actual[i] - ma[i] for i in range(t - interval + 1, t + 1)]
        ma_se[t] = math.sqrt(sum(d * d for d in diffs) / interval)
    damping = 1 - alpha
    es = [None, actual[0]]
    for t in range(2, len(actual)):
        es.append(alpha * actual[t - 1] + damping * es[t - 1])
    es_se = [None] * len(actual)
    for t in range(4, len(actual)):
        es_se[t] = math.sqrt(sum((actual[i] - es[i]) ** 2 for i in range(t - 3, t)) / 3)
    return {"actual": actual, "interval": interval, "alpha": alpha, "movingAverage": ma,
            "movingAverageErrors": ma_se, "exponential": es, "exponentialErrors": es_se}


def rank_percentile():
    values = [float(v) for v in rng.integers(1, 15, 12)] + [13, 12, 11, 8, 4, 3, 2, 1, 1, 1]
    n = len(values)
    ranks = stats.rankdata([-v for v in values], method="min")
    percent = [math.floor(Fraction(sum(1 for w in values if w < v) * 1000, n - 1)) / 1000 for v in values]
    return {"values": values, "ranks": [int(r) for r in ranks], "percent": percent}


def main():
    data = {"generator": f"scripts/reference/tests_scipy.py (numpy {np.__version__}, scipy {scipy.__version__}, "
                         f"statsmodels {statsmodels.__version__})",
            "tTests": t_tests(), "fTests": f_tests(), "zTests": z_tests(), "oneWay": one_way(),
            "studentizedRange": studentized_range(), "twoWayWithReplication": two_way_with_replication(),
            "twoWayWithoutReplication": two_way_without_replication(), "correlation": correlation(),
            "crossTabs": cross_tabs(), "logistic": logistic(), "histogram": histogram(),
            "smoothing": smoothing(), "rankPercentile": rank_percentile()}
    with open(OUT, "w") as fh:
        json.dump(data, fh, indent=1)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
