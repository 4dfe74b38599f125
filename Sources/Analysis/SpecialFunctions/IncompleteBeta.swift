import Foundation

extension SpecialFunctions {
    /// xᵃ yᵇ / B(a, b) with y = 1 − x given separately, without exponentiating a difference of
    /// large logarithms (TOMS 708 `brcomp` idea, Stirling form):
    /// √(ab / (2π(a+b))) · exp(a·log1pmx(d/a) + b·log1pmx(−d/b) + δ(a+b) − δ(a) − δ(b)),
    /// d = x·b − y·a, since 1 + d/a = x(a+b)/a and 1 − d/b = y(a+b)/b. The two log1pmx terms are
    /// both ≤ 0, so nothing cancels. For a, b > 0 and x, y ≥ 0 (e.g. binomial and hypergeometric
    /// probabilities are built from it).
    public static func betaPrefix(_ a: Double, _ b: Double, x: Double, y: Double) -> Double {
        guard x > 0, y > 0 else { return 0 }
        let s = a + b
        let d = (DoubleDouble.product(x, b) - DoubleDouble.product(y, a)).value
        let exponent = a * log1pMinusZ(d / a, onePlusZ: x * s / a)
            + b * log1pMinusZ(-d / b, onePlusZ: y * s / b)
            + stirlingCorrection(s) - stirlingCorrection(a) - stirlingCorrection(b)
        return (a * b / (twoPi * s)).squareRoot() * exp(exponent)
    }

    /// Regularized incomplete beta ratios (I_x(a, b), 1 − I_x(a, b)) for a, b > 0.
    ///
    /// `y` must be 1 − x computed directly by the caller (for t and F both are available
    /// without subtraction); passing a rounded 1 − x near x ≈ 1 would destroy the small tail.
    /// Method: the continued fraction of Numerical Recipes §6.4 (`betacf`, modified Lentz) where it
    /// converges quickly, x < (a+1)/(a+b+2); otherwise the symmetry I_x(a,b) = 1 − I_y(b,a).
    /// For large a with small b and x near 1 the BGRAT expansion replaces the continued fraction
    /// (see `regularizedBetaLargeA`).
    /// The ratio computed directly is accurate to relative O(√max(a,b)·u); the other one is its
    /// complement and is then the larger of the two (by the choice of region).
    public static func regularizedBeta(_ a: Double, _ b: Double, x: Double, y: Double) -> (value: Double, complement: Double) {
        guard a > 0, b > 0, x >= 0, y >= 0, !x.isNaN, !y.isNaN else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        if x < (a + 1) / (a + b + 2) {
            let w = directLowerTail(a, b, x: x, y: y)
            return (w, 0.5 - w + 0.5)
        }
        let w = directLowerTail(b, a, x: y, y: x)
        return (0.5 - w + 0.5, w)
    }

    /// I_x(a, b) on the side where it is the smaller ratio.
    private static func directLowerTail(_ a: Double, _ b: Double, x: Double, y: Double) -> Double {
        if a >= 100, b <= 1000, x >= 0.3 {
            return regularizedBetaLargeA(a, b, x: x, y: y)
        }
        return betaPrefix(a, b, x: x, y: y) * betaContinuedFraction(a, b, x: x) / a
    }

    private static func betaContinuedFraction(_ a: Double, _ b: Double, x: Double) -> Double {
        let fpmin = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < fpmin { d = fpmin }
        d = 1 / d
        var h = d
        var m = 1.0
        for _ in 0..<maxIterations(max(a, b)) {
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < fpmin { d = fpmin }
            c = 1 + aa / c
            if abs(c) < fpmin { c = fpmin }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < fpmin { d = fpmin }
            c = 1 + aa / c
            if abs(c) < fpmin { c = fpmin }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= 1e-16 { break }
            m += 1
        }
        return h
    }
}
