#!/usr/bin/env python3
"""Reference values for the Analysis distributions (normal, Student t, F, chi-square).

Writes Tests/AnalysisTests/Fixtures/distributions.json. Every value is computed with mpmath at
40 significant digits (60 near underflow) from the regularized incomplete beta/gamma functions,
each tail directly (never 1 - the other). Quantile references are roots polished by mpmath
Newton steps starting from SciPy's ppf/isf. For F with parameters of 1e3 to 1e6, where mpmath
fails, SciPy's values are used (rows marked "source": "scipy"). The tests read only the JSON.

Run from the repository root:  python3 scripts/reference/distributions.py
"""
import json
import math
import os

import mpmath as mp
from scipy import stats

mp.mp.dps = 40
OUT = os.path.join("Tests", "AnalysisTests", "Fixtures", "distributions.json")
TINY = mp.mpf("1e-300")


def s(v):
    return mp.nstr(v, 20, min_fixed=0, max_fixed=0) if v != 0 else "0"


# Each family: (cdf, sf, pdf) in mpmath, exact in the argument given as a double.
def normal(_):
    return (lambda x: mp.ncdf(x), lambda x: mp.ncdf(-x), lambda x: mp.npdf(x))


def student(df):
    n = mp.mpf(df)

    def half_tail(t):  # P(T > |t|)
        t2 = mp.mpf(t) ** 2
        return mp.betainc(n / 2, mp.mpf(1) / 2, 0, n / (n + t2), regularized=True) / 2

    def cdf(t):
        return half_tail(t) if t <= 0 else 1 - half_tail(t)

    def sf(t):
        return cdf(-t)

    def pdf(t):
        t = mp.mpf(t)
        return mp.exp(mp.loggamma((n + 1) / 2) - mp.loggamma(n / 2)) / mp.sqrt(n * mp.pi) * (1 + t * t / n) ** (-(n + 1) / 2)

    return cdf, sf, pdf


def chisq(k):
    a = mp.mpf(k) / 2
    return (lambda x: mp.gammainc(a, 0, mp.mpf(x) / 2, regularized=True),
            lambda x: mp.gammainc(a, mp.mpf(x) / 2, mp.inf, regularized=True),
            lambda x: mp.exp((a - 1) * mp.log(mp.mpf(x) / 2) - mp.mpf(x) / 2 - mp.loggamma(a)) / 2)


def fisher(d):
    d1, d2 = mp.mpf(d[0]), mp.mpf(d[1])
    a, b = d1 / 2, d2 / 2

    def z(f):
        w = d1 * mp.mpf(f)
        return w / (w + d2), d2 / (w + d2)

    # The larger tail is 1 - the smaller one: exact enough at 40 digits, whereas y = 1 - x for
    # x < 1e-40 would round to 1 at this precision.
    def cdf(f):
        x, y = z(f)
        return mp.betainc(a, b, 0, x, regularized=True) if x <= y else 1 - sf(f)

    def sf(f):
        x, y = z(f)
        return mp.betainc(b, a, 0, y, regularized=True) if y < x else 1 - cdf(f)

    def pdf(f):
        f = mp.mpf(f)
        return mp.exp(a * mp.log(d1) + b * mp.log(d2) + (a - 1) * mp.log(f) - (a + b) * mp.log(d2 + d1 * f) - mp.log(mp.beta(a, b)))

    return cdf, sf, pdf


FAMILIES = {
    "normal": (normal, [None], lambda p: stats.norm(),
               [0, 1e-8, 0.5, -0.5, 1, -1, 1.96, -1.96, 3, -3, 5, -5, 8, -8, 12, -12, 20, -20, 37.5, -37.5]),
    "t": (student, [0.5, 1, 1.5, 2, 3, 5, 7.5677, 10, 30, 100, 1e3, 1e5, 1e6, 1e7],
          lambda df: stats.t(df), [0, 0.1, -0.1, 1, -1, 2.5, -2.5, 5, -5, 20, -20, 100, -100, 1e5, -1e5]),
    "chisq": (chisq, [0.5, 1, 2, 3, 5, 10, 30, 100, 1e3, 1e5],
              lambda k: stats.chi2(k), None),
    "f": (fisher, [[1, 1], [1, 10], [2, 7], [3, 30], [5, 2.5], [10, 100], [1, 1e6], [30, 30], [100, 1e3], [0.5, 4]],
          lambda d: stats.f(d[0], d[1]), None),
}
LARGE_F = [[1000, 1e5], [1e5, 1000], [1e4, 1e4], [200, 1e6]]
PROBS = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.025, 0.05, 0.1, 0.3, 0.5]


def arguments(name, dist):
    """Evaluation points: for chi-square and F, the scipy quantiles at PROBS in both tails."""
    pts = set()
    for p in PROBS:
        for x in (dist.ppf(p), dist.isf(p)):
            if math.isfinite(x) and x > 0:
                pts.add(float(f"{x:.6g}"))
    if name == "f":
        pts.update([1e-20, 1e-8])
    if name == "chisq":
        pts.update([1e-20])
    return sorted(pts)


def quantile_root(tail_fn, pdf, sign, prob, start, positive):
    """Newton on log(tail(x)) - log(prob) from scipy's estimate (sign: +1 cdf, -1 sf)."""
    x = mp.mpf(start)
    target = mp.log(mp.mpf(prob))
    for _ in range(60):
        t = tail_fn(x)
        step = (mp.log(t) - target) * t / (sign * pdf(x))
        x_new = x - step
        if positive and x_new <= 0:
            x_new = x / 2
        if abs(x_new - x) <= abs(x) * mp.mpf("1e-32") + mp.mpf("1e-36"):
            return x_new
        x = x_new
        if abs(x) > 1e300:
            return None  # beyond the double range: no reference
    raise RuntimeError(f"no convergence for p={prob} start={start} last x={x}")


def main():
    rows, quantiles = [], []
    for name, (make, params, scipy_dist, xs) in FAMILIES.items():
        for p in params:
            cdf, sf, pdf = make(p)
            dist = scipy_dist(p)
            for x in (xs if xs is not None else arguments(name, dist)):
                try:
                    lo, up = cdf(x), sf(x)
                except ValueError:
                    # mpmath cannot bound values far below 1e-300; such points are not tested.
                    print(f"skipped {name} {p} x={x}: mpmath did not converge")
                    continue
                if max(lo, up) < TINY:
                    continue
                rows.append({"family": name, "parameters": p if p is None or isinstance(p, list) else [p],
                             "x": x, "cdf": s(lo) if lo >= TINY else None, "sf": s(up) if up >= TINY else None})
            for prob in PROBS:
                for tail, fn, sign, start in (("lower", cdf, 1, dist.ppf(prob)), ("upper", sf, -1, dist.isf(prob))):
                    if not math.isfinite(start) or (name != "normal" and name != "t" and start <= 0):
                        continue
                    root = quantile_root(fn, pdf, sign, prob, start, name in ("chisq", "f"))
                    if root is None or (root != 0 and abs(root) < TINY):
                        continue  # outside the normal double range
                    dens = pdf(root)
                    kappa = abs(mp.mpf(prob) / (root * dens)) if root != 0 else mp.inf
                    quantiles.append({"family": name, "parameters": p if p is None or isinstance(p, list) else [p],
                                      "tail": tail, "probability": prob, "x": s(root),
                                      "condition": s(kappa) if kappa != mp.inf else None})
    # Large F parameters, where mpmath's hypergeometric series do not converge: SciPy (Boost's
    # ibeta, evaluated in long double on x86-64) is the reference, marked by "source".
    for d in LARGE_F:
        dist = stats.f(*d)
        for x in arguments("f", dist):
            lo, up = dist.cdf(x), dist.sf(x)
            if max(lo, up) < 1e-300:
                continue
            rows.append({"family": "f", "parameters": d, "x": x, "source": "scipy",
                         "cdf": repr(float(lo)) if lo >= 1e-300 else None,
                         "sf": repr(float(up)) if up >= 1e-300 else None})
    with open(OUT, "w") as fh:
        json.dump({"source": f"mpmath {mp.__version__}, dps 40; starts from scipy", "values": rows,
                   "quantiles": quantiles}, fh, indent=0)
    print(f"{len(rows)} values, {len(quantiles)} quantiles -> {OUT}")


if __name__ == "__main__":
    main()
