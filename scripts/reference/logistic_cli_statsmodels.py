#!/usr/bin/env python3
"""Reference values for `bunseki logistic` on a CSV like a workshop's: the outcome as text
(はい/いいえ) and again as 1/0, a numeric predictor with one blank cell, and a text predictor
entered as indicators against the reference level 本庁.

The data come from a fixed seed, are rounded as a worksheet would hold them, and are written to
Tests/CLITests/Fixtures/logistic_online.csv; statsmodels' Logit fit of the same rows (the blank row
left out, indicators in order of first appearance, named COLUMN=LEVEL as bunseki names them) goes to
Tests/CLITests/Fixtures/logistic_online_statsmodels.json. ln L₀ is the closed form (statsmodels
iterates it to ~1e-10), so the LR statistic and McFadden's R² use it. Run from the repository root:
    python3 scripts/reference/logistic_cli_statsmodels.py      (needs numpy, scipy, statsmodels)
"""
import csv
import json
import math
import os

import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy import stats

FOLDER = os.path.join("Tests", "CLITests", "Fixtures")
CSV = os.path.join(FOLDER, "logistic_online.csv")
OUT = os.path.join(FOLDER, "logistic_online_statsmodels.json")
REFERENCE = "本庁"
rng = np.random.default_rng(20261127)


def data(n=160):
    age = rng.normal(45, 14, n).round(0).clip(18, 85)
    minutes = rng.gamma(4, 6, n).round(1)
    counter = rng.choice(["本庁", "支所", "オンライン"], size=n, p=[0.45, 0.3, 0.25])
    effect = {"本庁": 0.0, "支所": -0.5, "オンライン": 1.1}
    eta = 1.2 - 0.045 * age + 0.03 * minutes + np.array([effect[c] for c in counter])
    applied = rng.random(n) < 1 / (1 + np.exp(-eta))
    ages = [str(int(a)) for a in age]
    ages[17] = ""  # one blank cell: the row is left out, as bunseki's listwise deletion does
    return ages, [f"{m:.1f}" for m in minutes], counter.tolist(), applied.tolist()


def main():
    ages, minutes, counter, applied = data()
    os.makedirs(FOLDER, exist_ok=True)
    with open(CSV, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["番号", "申請", "申請01", "年齢", "所要分", "窓口"])
        for i, row in enumerate(zip(ages, minutes, counter, applied)):
            age, minute, place, yes = row
            writer.writerow([i + 1, "はい" if yes else "いいえ", 1 if yes else 0, age, minute, place])

    keep = [i for i, a in enumerate(ages) if a != ""]
    levels = [level for level in dict.fromkeys(counter[i] for i in keep) if level != REFERENCE]
    names = ["Intercept", "年齢", "所要分"] + [f"窓口={level}" for level in levels]
    X = np.array([[1.0, float(ages[i]), float(minutes[i])] + [1.0 if counter[i] == level else 0.0 for level in levels]
                  for i in keep])
    y = np.array([1.0 if applied[i] else 0.0 for i in keep])
    fit = sm.Logit(y, X).fit(disp=0, tol=1e-14, maxiter=200)
    ci = np.exp(fit.conf_int(0.05))
    n, events = len(y), float(y.sum())
    llnull = events * math.log(events / n) + (n - events) * math.log((n - events) / n)
    assert abs(llnull - fit.llnull) <= 1e-8 * abs(llnull)
    llr = 2 * (fit.llf - llnull)
    predicted = fit.predict(X) >= 0.5
    reference = {
        "generator": f"scripts/reference/logistic_cli_statsmodels.py (numpy {np.__version__}, scipy {scipy.__version__}, "
                     f"statsmodels {statsmodels.__version__})",
        "observations": n, "events": int(events), "droppedRows": len(ages) - n,
        "coefficients": [{"name": name, "estimate": float(fit.params[j]), "standardError": float(fit.bse[j]),
                          "z": float(fit.tvalues[j]), "pValue": float(fit.pvalues[j]),
                          "oddsRatio": float(math.exp(fit.params[j])),
                          "oddsRatioLower": float(ci[j, 0]), "oddsRatioUpper": float(ci[j, 1])}
                         for j, name in enumerate(names)],
        "logLikelihood": float(fit.llf), "nullLogLikelihood": llnull, "likelihoodRatio": llr,
        "likelihoodRatioDegreesOfFreedom": len(names) - 1,
        "likelihoodRatioPValue": float(stats.chi2(len(names) - 1).sf(llr)),
        "mcFaddenR2": 1 - fit.llf / llnull, "aic": float(fit.aic),
        "classification": {"truePositives": int(np.sum((y == 1) & predicted)),
                           "falseNegatives": int(np.sum((y == 1) & ~predicted)),
                           "falsePositives": int(np.sum((y == 0) & predicted)),
                           "trueNegatives": int(np.sum((y == 0) & ~predicted))},
    }
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(reference, fh, indent=1, ensure_ascii=False)
    print("wrote", CSV, "and", OUT)


if __name__ == "__main__":
    main()
