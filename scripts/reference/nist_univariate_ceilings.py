#!/usr/bin/env python3
"""Best LRE a Double can reach on each NIST StRD univariate set.

The data are parsed to binary64 first (as the Swift code does), then mean, SD and lag-1
autocorrelation are computed exactly (fractions; the square root with mpmath at 60 digits) and
scored against the certified values, capped at the certified digits. The tests require the
Swift results to be within 0.5 of these ceilings.

Writes Tests/AnalysisTests/Fixtures/nist/univariate_ceilings.json. Run from the repository root.
"""
import csv
import json
import math
import os
from fractions import Fraction

import mpmath as mp

mp.mp.dps = 60
DIR = os.path.join("Tests", "AnalysisTests", "Fixtures", "nist")
SETS = ["PiDigits", "Lottery", "Lew", "Mavro", "Michelso", "NumAcc1", "NumAcc2", "NumAcc3", "NumAcc4"]


def lre(estimate, certified, digits):
    estimate, certified = mp.mpf(estimate), mp.mpf(certified)
    error = abs(estimate - certified) / abs(certified) if certified != 0 else abs(estimate)
    if error == 0:
        return float(digits)
    return float(max(0, min(digits, -mp.log10(error))))


def exact_statistics(ys):
    n = len(ys)
    mean = sum(ys, Fraction(0)) / n
    d = [y - mean for y in ys]
    s2 = sum(x * x for x in d)
    lag = sum(d[i] * d[i - 1] for i in range(1, n))
    to_mp = lambda f: mp.mpf(f.numerator) / f.denominator
    return {"mean": to_mp(mean), "sd": mp.sqrt(to_mp(s2 / (n - 1))), "autocorr": to_mp(lag / s2)}


def main():
    out = {}
    for name in SETS:
        with open(os.path.join(DIR, name + ".csv")) as fh:
            ys = [Fraction(float(row["y"])) for row in csv.DictReader(fh)]
        with open(os.path.join(DIR, name + ".json")) as fh:
            cert = json.load(fh)
        exact = exact_statistics(ys)
        out[name] = {k: round(lre(exact[k], cert["certified"][k], cert["certified_digits"][k]), 2) for k in exact}
        print(name, out[name])
    with open(os.path.join(DIR, "univariate_ceilings.json"), "w") as fh:
        json.dump(out, fh, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
