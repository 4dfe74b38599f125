#!/usr/bin/env python3
"""Reference values for the normality check: Shapiro–Wilk W and p from scipy.stats.shapiro (Royston's
AS R94), skewness and excess kurtosis as Excel's SKEW and KURT (scipy.stats.skew and kurtosis with
bias=False) and their usual standard errors,
    SE(skewness) = √(6n(n − 1)/((n − 2)(n + 1)(n + 3))),  SE(kurtosis) = 2·SE(skewness)·√((n² − 1)/((n − 3)(n + 5))).

Samples cover n = 3 … 5000 (AS R94's range; its p-value changes formula at n = 4, 12), normal, skewed,
heavy-tailed and tied data, as a worksheet would hold them (one to three decimals). The Swift tests
compare W to 1e-9 and p to 1e-6 (relative), as the issue asks: SciPy's p is itself an approximation.

Writes Tests/AnalysisTests/Fixtures/shapiro_scipy.json. Run from the repository root:
    python3 scripts/reference/shapiro_scipy.py      (needs numpy, scipy)
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "shapiro_scipy.json")
rng = np.random.default_rng(3051995)


def case(name, values):
    values = [float(v) for v in values]
    n = len(values)
    result = stats.shapiro(values)
    entry = {"name": name, "values": values, "w": float(result.statistic), "p": float(result.pvalue)}
    if n >= 3:
        se_skew = math.sqrt(6 * n * (n - 1) / ((n - 2) * (n + 1) * (n + 3)))
        entry["skewness"] = float(stats.skew(values, bias=False))
        entry["skewnessStandardError"] = se_skew
    if n >= 4:
        entry["kurtosis"] = float(stats.kurtosis(values, fisher=True, bias=False))
        entry["kurtosisStandardError"] = 2 * se_skew * math.sqrt((n * n - 1) / ((n - 3) * (n + 5)))
    return entry


def main():
    cases = [
        case("n = 3", [4.2, 5.1, 7.9]),
        case("n = 3, nearly equal spacing", [1.0, 2.0, 3.1]),
        case("n = 4", [12.0, 15.5, 13.1, 30.2]),
        case("n = 5 skewed", [1.0, 1.2, 1.3, 2.0, 9.5]),
        case("n = 6", np.round(rng.normal(50, 10, 6), 1)),
        case("n = 7 with ties", [3, 3, 4, 4, 4, 5, 5]),
        case("n = 11", np.round(rng.normal(20, 4, 11), 2)),
        case("n = 11 very skewed", [1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 40]),
        case("n = 12", np.round(rng.gamma(2, 3, 12), 1)),
        case("n = 20 waiting minutes", np.round(rng.exponential(8, 20), 1)),
        case("n = 30 Likert", np.clip(np.round(rng.normal(3.4, 1.1, 30)), 1, 5)),
        case("n = 50 normal", np.round(rng.normal(100, 15, 50), 1)),
        case("n = 100 heavy tails", np.round(rng.standard_t(3, 100), 3)),
        case("n = 400 lognormal", np.round(rng.lognormal(2, 0.6, 400), 2)),
        case("n = 1000 normal", np.round(rng.normal(0, 1, 1000), 3)),
        case("n = 5000 normal", np.round(rng.normal(170, 7, 5000), 1)),
    ]
    with open(OUT, "w") as fh:
        json.dump({"generator": f"scripts/reference/shapiro_scipy.py (numpy {np.__version__}, scipy {scipy.__version__})",
                   "cases": cases}, fh, indent=1)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
