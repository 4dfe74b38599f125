#!/usr/bin/env python3
"""Best LRE a Double can reach on each NIST StRD one-way ANOVA set.

The data are parsed to binary64 first (as the Swift code does), then every certified figure
(between SS, MS, F; within SS, MS; R²; residual SD) is computed exactly (fractions; the square root
with mpmath at 60 digits) and scored against the certified value, capped at its certified digits.
The tests require the Swift results to be within 0.5 of these ceilings.

Writes Tests/AnalysisTests/Fixtures/nist/anova_ceilings.json. Run from the repository root.
"""
import csv
import json
import os
from fractions import Fraction

import mpmath as mp

mp.mp.dps = 60
DIR = os.path.join("Tests", "AnalysisTests", "Fixtures", "nist")
SETS = ["SiRstv", "SmLs01", "SmLs02", "SmLs03", "SmLs04", "SmLs05", "SmLs06", "SmLs07", "SmLs08", "SmLs09",
        "AtmWtAg"]


def lre(estimate, certified, digits):
    estimate, certified = mp.mpf(estimate), mp.mpf(certified)
    error = abs(estimate - certified) / abs(certified) if certified != 0 else abs(estimate)
    if error == 0:
        return float(digits)
    return float(max(0, min(digits, -mp.log10(error))))


def exact_anova(rows):
    groups = {}
    for g, y in rows:
        groups.setdefault(g, []).append(y)
    values = [y for _, y in rows]
    n, k = len(values), len(groups)
    grand = sum(values, Fraction(0)) / n
    ssb = sum(len(v) * (sum(v, Fraction(0)) / len(v) - grand) ** 2 for v in groups.values())
    ssw = sum(sum((y - sum(v, Fraction(0)) / len(v)) ** 2 for y in v) for v in groups.values())
    msb, msw = ssb / (k - 1), ssw / (n - k)
    to_mp = lambda f: mp.mpf(f.numerator) / f.denominator
    return {"between.ss": to_mp(ssb), "between.ms": to_mp(msb), "between.f": to_mp(msb / msw),
            "within.ss": to_mp(ssw), "within.ms": to_mp(msw), "r_squared": to_mp(ssb / (ssb + ssw)),
            "residual_sd": mp.sqrt(to_mp(msw))}


def lookup(tree, dotted):
    for key in dotted.split("."):
        tree = tree[key]
    return tree


def main():
    out = {}
    for name in SETS:
        with open(os.path.join(DIR, name + ".csv")) as fh:
            rows = [(row["group"], Fraction(float(row["y"]))) for row in csv.DictReader(fh)]
        with open(os.path.join(DIR, name + ".json")) as fh:
            cert = json.load(fh)
        exact = exact_anova(rows)
        out[name] = {k: round(lre(v, lookup(cert["certified"], k), lookup(cert["certified_digits"], k)), 2)
                     for k, v in exact.items()}
        print(name, out[name])
    with open(os.path.join(DIR, "anova_ceilings.json"), "w") as fh:
        json.dump(out, fh, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
