#!/usr/bin/env python3
"""Exact references for least squares and Tukey-Kramer on ill-conditioned data.

A predictor near 1e8 (scaled condition number about 1e8) is where a figure computed from the *rounded*
coefficients or the *rounded* group means loses digits: a residual y - X*b with b rounded to a double
carries |X|*|b|*1e-16, about 1e-8 at these magnitudes. The references here are exact: every input is a
double (written with repr, so the Swift test reads the same binary values), the least-squares solution,
fitted values, residuals, leverages and sums of squares are computed in rational arithmetic (fractions,
normal equations solved exactly), and only the final square roots are taken with mpmath at 60 digits.

Writes Tests/AnalysisTests/Fixtures/hard_data_mpmath.json. Run from the repository root; needs numpy
(data generation only) and mpmath.
"""
import json
import os
from fractions import Fraction

import mpmath as mp
import numpy as np

mp.mp.dps = 60
OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "hard_data_mpmath.json")


def regression_designs():
    rng = np.random.default_rng(20260419)
    n = 30
    x = 1e8 + rng.uniform(0, 10, n)
    yield "near_1e8", {"x": x}, [("x", 1)], 5 + 0.3 * (x - 1e8) + rng.normal(0, 0.5, n), True

    n = 40
    x1 = 1e8 + rng.uniform(0, 50, n)
    x2 = rng.normal(20, 4, n)
    noise = rng.normal(0, 1, n) * (1 + np.abs(x2 - 20) / 4)  # heteroskedastic, so HC1/HC3 matter
    y = 2 - 0.05 * (x1 - 1e8) + 0.8 * x2 + noise
    yield "two_predictors_near_1e8", {"x1": x1, "x2": x2}, [("x1", 1), ("x2", 1)], y, True

    n = 35
    x = 1000 + rng.uniform(0, 10, n)
    u = x - 1005
    y = 3 + 0.5 * u - 0.2 * u ** 2 + 0.01 * u ** 3 + rng.normal(0, 0.3, n)
    yield "cubic_near_1000", {"x": x}, [("x", 1), ("x", 2), ("x", 3)], y, True

    n = 25
    x = 1e8 + rng.uniform(0, 10, n)
    yield "no_intercept_near_1e8", {"x": x}, [("x", 1)], 1e-8 * x + rng.normal(0, 0.5, n), False


def solve(a, b):
    """Exact Gauss-Jordan elimination on a small rational system."""
    k = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(k):
        p = next(r for r in range(c, k) if m[r][c] != 0)
        m[c], m[p] = m[p], m[c]
        for r in range(k):
            if r != c and m[r][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [u - f * v for u, v in zip(m[r], m[c])]
    return [m[i][k] / m[i][i] for i in range(k)]


def inverse(a):
    k = len(a)
    cols = [solve(a, [Fraction(int(i == j)) for i in range(k)]) for j in range(k)]
    return [[cols[j][i] for j in range(k)] for i in range(k)]


def to_mp(f):
    return mp.mpf(f.numerator) / f.denominator


def text(v):
    return mp.nstr(v, 40)


def exact_regression(columns, y, terms, intercept):
    n = len(y)
    yq = [Fraction(float(v)) for v in y]
    raw = {k: [Fraction(float(v)) for v in vs] for k, vs in columns.items()}
    design = ([[Fraction(1)] * n] if intercept else []) + [[v ** p for v in raw[name]] for name, p in terms]
    k = len(design)
    xtx = [[sum(a * b for a, b in zip(design[i], design[j])) for j in range(k)] for i in range(k)]
    xty = [sum(a * b for a, b in zip(design[i], yq)) for i in range(k)]
    beta = solve(xtx, xty)
    inv = inverse(xtx)
    fitted = [sum(beta[j] * design[j][i] for j in range(k)) for i in range(n)]
    resid = [a - b for a, b in zip(yq, fitted)]
    sse = sum(e * e for e in resid)
    if intercept:
        mean = sum(yq) / n
        sst = sum((v - mean) ** 2 for v in yq)
    else:
        sst = sum(v * v for v in yq)
    g = [[sum(inv[j][a] * design[a][i] for a in range(k)) for i in range(n)] for j in range(k)]
    lev = [sum(design[a][i] * g[a][i] for a in range(k)) for i in range(n)]
    mse = sse / (n - k)
    se = [mp.sqrt(to_mp(mse * inv[j][j])) for j in range(k)]
    hc1 = [mp.sqrt(to_mp(sum(g[j][i] ** 2 * resid[i] ** 2 for i in range(n)) * n / (n - k))) for j in range(k)]
    hc3 = [mp.sqrt(to_mp(sum(g[j][i] ** 2 * resid[i] ** 2 / (1 - lev[i]) ** 2 for i in range(n)))) for j in range(k)]
    scale = mp.sqrt(to_mp(sse / (n - 1)))
    dw = sum((resid[i] - resid[i - 1]) ** 2 for i in range(1, n)) / sse
    return {
        "coefficients": [text(to_mp(b)) for b in beta],
        "standardErrors": [text(v) for v in se],
        "hc1": [text(v) for v in hc1],
        "hc3": [text(v) for v in hc3],
        "predicted": [text(to_mp(v)) for v in fitted],
        "residuals": [text(to_mp(v)) for v in resid],
        "standardResiduals": [text(to_mp(e) / scale) for e in resid],
        "leverage": [text(to_mp(v)) for v in lev],
        "residualSumOfSquares": text(to_mp(sse)),
        "regressionSumOfSquares": text(to_mp(sst - sse)),
        "rSquared": text(to_mp((sst - sse) / sst)),
        "durbinWatson": text(to_mp(dw)),
        "residualSum": text(to_mp(sum(resid))),
    }


def anova_designs():
    rng = np.random.default_rng(20260420)
    sizes, offsets = [5, 7, 6, 8], [0.0, 0.75, 1.5, 0.2]
    yield "groups_near_1e8", [1e8 + o + rng.normal(0, 0.5, s) for s, o in zip(sizes, offsets)]
    sizes, offsets = [4, 4, 5], [0.0, 3e-4, 1e-3]
    yield "tiny_differences_near_1e5", [1e5 + o + rng.normal(0, 2e-4, s) for s, o in zip(sizes, offsets)]


def exact_tukey(groups):
    samples = [[Fraction(float(v)) for v in g] for g in groups]
    means = [sum(s) / len(s) for s in samples]
    ssw = sum(sum((v - m) ** 2 for v in s) for s, m in zip(samples, means))
    df = sum(len(s) for s in samples) - len(samples)
    msw = ssw / df
    out = []
    for i in range(len(samples)):
        for j in range(i + 1, len(samples)):
            diff = means[i] - means[j]
            se = mp.sqrt(to_mp(msw / 2 * (Fraction(1, len(samples[i])) + Fraction(1, len(samples[j])))))
            out.append({"first": i, "second": j, "difference": text(to_mp(diff)), "standardError": text(se),
                        "q": text(abs(to_mp(diff)) / se)})
    return {"means": [text(to_mp(m)) for m in means], "comparisons": out}


def main():
    regressions = []
    for name, columns, terms, y, intercept in regression_designs():
        regressions.append({
            "name": name, "intercept": intercept,
            "terms": [{"variable": v, "power": p} for v, p in terms],
            "data": {k: [float(v) for v in vs] for k, vs in columns.items()},
            "y": [float(v) for v in y],
            "exact": exact_regression(columns, y, terms, intercept),
        })
    anovas = [{"name": name, "groups": [[float(v) for v in g] for g in groups], "exact": exact_tukey(groups)}
              for name, groups in anova_designs()]
    with open(OUT, "w") as fh:
        json.dump({"source": "exact rational arithmetic, square roots with mpmath at 60 digits",
                   "regressions": regressions, "anova": anovas}, fh, indent=0)
    print(f"{len(regressions)} regressions, {len(anovas)} ANOVA designs -> {OUT}")


if __name__ == "__main__":
    main()
