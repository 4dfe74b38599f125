#!/usr/bin/env python3
"""Reference values for the rank-based tests: Mann–Whitney U, Wilcoxon signed-rank, Kruskal–Wallis with
Dunn's post-hoc comparisons, from SciPy and from their definitions.

SciPy gives the statistics and p-values: `mannwhitneyu` and `wilcoxon` with their defaults (two-sided,
method='auto'; Mann–Whitney with the continuity correction, Wilcoxon with zero_method='wilcox' and no
correction), `kruskal`. The 'auto' rules are spelled out beside each case ("method") so the Swift tests can
check that the same rule was applied:
  - mannwhitneyu: exact when there are no ties and not both samples exceed 8, else the normal approximation;
  - wilcoxon: over 50 pairs the normal approximation; else exact without ties and zeros; else, up to 13 pairs,
    SciPy's permutation test, which enumerates all 2^n sign changes (an exact test given the ties); else normal.
Figures SciPy does not print (z, the effect sizes, rank sums, Dunn's test with Holm's adjustment) are formed
here from their definitions with numpy, independently of the Swift code:
  - Mann–Whitney z = sign(U1 − n1n2/2)·max(0, |U1 − n1n2/2| − ½)/σ, σ² = n1n2/12·(N + 1 − Σ(t³ − t)/(N(N − 1)));
    r = z/√N; rank-biserial = (U1 − U2)/(n1n2);
  - Wilcoxon z = (R+ − n(n + 1)/4)/σ, σ² = (n(n + 1)(2n + 1) − Σ(t³ − t)/2)/24 over the non-zero differences;
    r = z/√n; matched-pairs rank-biserial = (R+ − R−)/(R+ + R−);
  - Kruskal–Wallis ε² = H/(N − 1);
  - Dunn: z = (R̄i − R̄j)/√((N(N + 1)/12 − Σ(t³ − t)/(12(N − 1)))(1/ni + 1/nj)), p = 2·P(Z > |z|), Holm's
    step-down adjustment as R's p.adjust (cumulative maximum of (m − k + 1)·p(k) in ascending order, capped at 1).
Where SciPy can give the same figure another way it is asserted here (σ and z against SciPy's asymptotic
p-values, Wilcoxon's |z| against `method='asymptotic'`).

Every input is generated from a fixed seed as numbers a worksheet would hold (integers, one or two decimals;
Likert scores for ties). Writes Tests/AnalysisTests/Fixtures/rank_tests_scipy.json, and for the command-line
tests a sheet of one row per visitor (Tests/CLITests/Fixtures/rank_tests.csv: blanks, ties, a two-level and a
three-level group column, paired columns) with SciPy's figures for the commands run on it
(Tests/CLITests/Fixtures/rank_tests_cli_scipy.json). Run from the repository root:
    python3 scripts/reference/rank_tests_scipy.py      (needs numpy, scipy)
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "rank_tests_scipy.json")
CLI_SHEET = os.path.join("Tests", "CLITests", "Fixtures", "rank_tests.csv")
CLI_OUT = os.path.join("Tests", "CLITests", "Fixtures", "rank_tests_cli_scipy.json")
rng = np.random.default_rng(20260519)


def decimals(mean, sd, n, places=1):
    """n distinct values (re-drawn until no two are equal), rounded as typed into a sheet."""
    while True:
        values = [round(float(v), places) for v in rng.normal(mean, sd, n)]
        if len(set(values)) == n:
            return values


def distinct_samples(means, sd, sizes, places=1):
    """Samples with no value repeated within or across them, so Mann–Whitney's exact rule applies."""
    while True:
        samples = [[round(float(v), places) for v in rng.normal(mean, sd, n)] for mean, n in zip(means, sizes)]
        combined = [v for sample in samples for v in sample]
        if len(set(combined)) == len(combined):
            return samples


def likert(n, low=1, high=5, shift=0.0):
    return [float(min(high, max(low, round(v)))) for v in rng.normal((low + high) / 2 + shift, 1.1, n)]


def tie_sum(values):
    _, counts = np.unique(np.asarray(values, dtype=float), return_counts=True)
    return float(np.sum(counts.astype(float) ** 3 - counts))


def mann_whitney_case(name, x, y):
    n1, n2 = len(x), len(y)
    combined = np.concatenate([x, y])
    ranks = stats.rankdata(combined)
    r1, r2 = float(ranks[:n1].sum()), float(ranks[n1:].sum())
    u1 = r1 - n1 * (n1 + 1) / 2
    u2 = n1 * n2 - u1
    ties = tie_sum(combined)
    n = n1 + n2
    sigma = math.sqrt(n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1))))
    deviation = u1 - n1 * n2 / 2
    z = math.copysign(max(0.0, abs(deviation) - 0.5), deviation) / sigma if sigma > 0 else None
    method = "exact" if ties == 0 and not (n1 > 8 and n2 > 8) else "normal"
    result = stats.mannwhitneyu(x, y)
    assert result.statistic == u1
    asymptotic = stats.mannwhitneyu(x, y, method="asymptotic").pvalue
    assert abs(min(1.0, 2 * stats.norm.sf(abs(z))) - asymptotic) <= 1e-13 * asymptotic, name
    return {"name": name, "x": x, "y": y, "u1": u1, "u2": u2, "rankSums": [r1, r2], "tieSum": ties,
            "sigma": sigma, "z": z, "p": float(result.pvalue), "method": method,
            "r": z / math.sqrt(n), "rankBiserial": (u1 - u2) / (n1 * n2),
            "medians": [float(np.median(x)), float(np.median(y))]}


def mann_whitney():
    return [
        mann_whitney_case("exact 5 and 7", *distinct_samples([20, 24], 4, [5, 7])),
        mann_whitney_case("exact 3 and 20", *distinct_samples([50, 40], 8, [3, 20])),
        mann_whitney_case("exact 8 and 8", *distinct_samples([10, 12], 2, [8, 8], 2)),
        mann_whitney_case("exact 8 and 40", *distinct_samples([30, 33], 6, [8, 40], 2)),
        mann_whitney_case("exact 40 and 6", *distinct_samples([30, 36], 6, [40, 6], 2)),
        mann_whitney_case("exact 1 and 6", [7.55], decimals(5, 2, 6)),
        mann_whitney_case("exact, complete separation", [1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0, 9.0]),
        mann_whitney_case("exact, U at its mean", [1.0, 4.0], [2.0, 3.0]),
        mann_whitney_case("normal 9 and 9 without ties", *distinct_samples([15, 17], 3, [9, 9], 2)),
        mann_whitney_case("normal 12 and 15 without ties", *distinct_samples([100, 110], 15, [12, 15], 2)),
        mann_whitney_case("normal, small with ties", [3.0, 5.0, 5.0, 7.0], [5.0, 8.0, 9.0, 9.0, 10.0]),
        mann_whitney_case("normal, Likert 30 and 25", likert(30), likert(25, shift=0.6)),
        mann_whitney_case("normal, Likert 6 and 7", likert(6), likert(7, shift=-0.8)),
        mann_whitney_case("normal, waiting minutes 40 and 35", [float(v) for v in rng.poisson(12, 40)],
                          [float(v) for v in rng.poisson(15, 35)]),
    ]


def wilcoxon_case(name, x, y):
    d = np.asarray(x, dtype=float) - np.asarray(y, dtype=float)
    n = len(d)
    zeros = int(np.sum(d == 0))
    nonzero = d[d != 0]
    ranks = stats.rankdata(np.abs(nonzero))
    r_plus, r_minus = float(ranks[nonzero > 0].sum()), float(ranks[nonzero < 0].sum())
    count = len(nonzero)
    ties = tie_sum(np.abs(nonzero))
    sigma = math.sqrt((count * (count + 1) * (2 * count + 1) - ties / 2) / 24)
    z = (r_plus - count * (count + 1) / 4) / sigma
    if n > 50:
        method = "normal"
    elif ties == 0 and zeros == 0:
        method = "exact"
    elif n <= 13:
        method = "permutation"
    else:
        method = "normal"
    result = stats.wilcoxon(x, y)
    assert result.statistic == min(r_plus, r_minus)
    asymptotic = stats.wilcoxon(x, y, method="asymptotic")
    assert abs(abs(asymptotic.zstatistic) - abs(z)) <= 1e-13 * abs(z), name
    return {"name": name, "x": x, "y": y, "zeroDifferences": zeros, "positiveRankSum": r_plus,
            "negativeRankSum": r_minus, "t": min(r_plus, r_minus), "tieSum": ties, "sigma": sigma, "z": z,
            "p": float(result.pvalue), "method": method, "r": z / math.sqrt(count),
            "rankBiserial": (r_plus - r_minus) / (r_plus + r_minus), "medianDifference": float(np.median(d))}


def paired(before, effect, sd, places=1):
    after = [round(b - e, places) for b, e in zip(before, rng.normal(effect, sd, len(before)))]
    return before, after


def wilcoxon():
    cases = []
    # Without ties or zeros: exact up to 50 pairs, normal beyond.
    for n in [6, 10, 20, 50, 51]:
        while True:
            before, after = paired(decimals(60, 10, n, 2), 1.5, 3, 2)
            d = np.round(np.asarray(before) - np.asarray(after), 6)
            if len(set(np.abs(d))) == n and not np.any(d == 0):
                break
        cases.append(wilcoxon_case(f"no ties, {n} pairs", before, after))
    # Ties and zeros: SciPy's permutation test up to 13 pairs, normal from 14.
    cases.append(wilcoxon_case("ties, 8 pairs", [5.0, 6.0, 7.0, 8.0, 9.0, 4.0, 6.0, 8.0],
                               [3.0, 4.0, 8.0, 6.0, 6.0, 2.0, 5.0, 5.0]))
    cases.append(wilcoxon_case("zeros, 9 pairs", [12.0, 15.0, 11.0, 14.0, 10.0, 16.0, 13.0, 12.0, 18.0],
                               [12.0, 11.0, 13.0, 10.0, 10.0, 9.0, 13.0, 7.0, 11.0]))
    cases.append(wilcoxon_case("Likert, 13 pairs", likert(13, shift=0.4), likert(13)))
    cases.append(wilcoxon_case("Likert, 14 pairs", likert(14, shift=0.4), likert(14)))
    cases.append(wilcoxon_case("Likert, 30 pairs", likert(30, shift=0.5), likert(30)))
    cases.append(wilcoxon_case("counts, 60 pairs with zeros", [float(v) for v in rng.poisson(8, 60)],
                               [float(v) for v in rng.poisson(7, 60)]))
    return cases


def holm(p):
    """R's p.adjust(p, "holm"): pmin(1, cummax((m - i + 1) * p[o]))[order(o)]."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adjusted = np.minimum(1.0, np.maximum.accumulate((m - np.arange(m)) * p[order]))
    out = np.empty(m)
    out[order] = adjusted
    return out


def kruskal_case(name, groups):
    combined = np.concatenate(groups)
    ranks = stats.rankdata(combined)
    n = len(combined)
    sizes = [len(g) for g in groups]
    bounds = np.cumsum([0] + sizes)
    rank_sums = [float(ranks[bounds[i]:bounds[i + 1]].sum()) for i in range(len(groups))]
    mean_ranks = [s / k for s, k in zip(rank_sums, sizes)]
    ties = tie_sum(combined)
    result = stats.kruskal(*groups)
    h = float(result.statistic)
    variance = n * (n + 1) / 12 - ties / (12 * (n - 1))
    pairs = []
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            se = math.sqrt(variance * (1 / sizes[i] + 1 / sizes[j]))
            z = (mean_ranks[i] - mean_ranks[j]) / se
            pairs.append({"first": i, "second": j, "difference": mean_ranks[i] - mean_ranks[j], "standardError": se,
                          "z": z, "p": float(2 * stats.norm.sf(abs(z)))})
    for pair, adjusted in zip(pairs, holm([pair["p"] for pair in pairs])):
        pair["adjustedP"] = float(adjusted)
    return {"name": name, "groups": groups, "h": h, "p": float(result.pvalue), "df": len(groups) - 1,
            "tieSum": ties, "epsilonSquared": h / (n - 1), "rankSums": rank_sums, "dunn": pairs}


def kruskal():
    return [
        kruskal_case("three groups without ties", [decimals(20, 3, 7), decimals(23, 3, 9), decimals(26, 3, 8)]),
        kruskal_case("two groups", [decimals(5, 1, 6, 2), decimals(6, 1, 5, 2)]),
        kruskal_case("four Likert groups", [likert(15), likert(12, shift=0.5), likert(18, shift=-0.3),
                                            likert(10, shift=1.0)]),
        kruskal_case("five count groups", [[float(v) for v in rng.poisson(lam, size)]
                                           for lam, size in [(4, 8), (6, 10), (5, 6), (9, 9), (4, 12)]]),
    ]


def command_line_sheet():
    """One row per visitor: 区分 (午前/午後), 窓口 (three counters), 待ち時間 (minutes, ties, one blank), 導入前/導入後
    (paired scores, one pair incomplete), 得点 (skewed). Returns the figures each command should print."""
    n = 36
    session = ["午前" if i % 3 else "午後" for i in range(n)]
    counter = [["本庁", "北支所", "南支所"][i % 3] if i % 5 else "本庁" for i in range(n)]
    shift = {"本庁": 0, "北支所": 4, "南支所": 2}
    wait = [float(max(1, round(rng.gamma(2, 4) + shift[c]))) for c in counter]
    wait[7] = None
    before = [float(v) for v in rng.integers(40, 80, n)]
    after = [float(b + rng.integers(-6, 12)) if i % 4 else b for i, b in enumerate(before)]
    after[11] = None
    score = [round(float(v), 1) for v in rng.lognormal(3, 0.5, n)]
    with open(CLI_SHEET, "w", encoding="utf-8") as fh:
        fh.write("区分,窓口,待ち時間,導入前,導入後,得点\n")
        text = lambda v: "" if v is None else f"{v:g}"
        for row in zip(session, counter, wait, before, after, score):
            fh.write(",".join([row[0], row[1]] + [text(v) for v in row[2:]]) + "\n")

    def by(labels, values):
        order = list(dict.fromkeys(label for label, value in zip(labels, values) if value is not None))
        return order, [[v for label, v in zip(labels, values) if label == name and v is not None] for name in order]

    names, (first, second) = by(session, wait)
    mw = mann_whitney_case("cli", first, second)
    mw.update({"samples": names})
    pairs = [(b, a) for b, a in zip(before, after) if b is not None and a is not None]
    wx = wilcoxon_case("cli", [b for b, _ in pairs], [a for _, a in pairs])
    names, groups = by(counter, wait)
    kw = kruskal_case("cli", groups)
    kw.update({"samples": names})
    normality = []
    for name, values in [("得点", score), ("待ち時間", [v for v in wait if v is not None])]:
        result = stats.shapiro(values)
        normality.append({"column": name, "w": float(result.statistic), "p": float(result.pvalue),
                          "skewness": float(stats.skew(values, bias=False)),
                          "kurtosis": float(stats.kurtosis(values, bias=False))})
    return {"mannWhitney": mw, "wilcoxon": wx, "kruskal": kw, "normality": normality}


def main():
    generator = f"scripts/reference/rank_tests_scipy.py (numpy {np.__version__}, scipy {scipy.__version__})"
    with open(OUT, "w") as fh:
        json.dump({"generator": generator, "mannWhitney": mann_whitney(), "wilcoxon": wilcoxon(), "kruskal": kruskal()},
                  fh, indent=1)
    print("wrote", OUT)
    with open(CLI_OUT, "w") as fh:
        json.dump({"generator": generator, **command_line_sheet()}, fh, indent=1, ensure_ascii=False)
    print("wrote", CLI_SHEET, "and", CLI_OUT)


if __name__ == "__main__":
    main()
