import Foundation

/// Special functions shared by the distributions (and by later tests such as Tukey or Fisher).
///
/// Accuracy strategy (Loader 2000; R `stirlerr.c`, `bd0.c`; TOMS 708 `rlog1`): every power
/// prefix such as xᵃe⁻ˣ/Γ(a) is written as exp(a·log1pmx(z) − δ(a)) · √(a/2π) with
/// z = (x − a)/a and δ the Stirling remainder, so the exponent never is a difference of large
/// logarithms and its absolute error stays O(u) even for a ~ 1e7.
public enum SpecialFunctions {
    static let halfLogTwoPi = 0.9189385332046728
    static let twoPi = 2 * Double.pi

    /// ln Γ(x) for x > 0.
    ///
    /// Below 10: log of libm's `tgamma` (accurate to a few ulp, so the logarithm has an absolute
    /// error of a few u). From 10 up: Stirling's series with the remainder `stirlingCorrection`.
    /// The absolute error is O(u·|ln Γ(x)|); near x = 1 and 2 only the absolute error is small.
    /// Returns NaN for x ≤ 0 or NaN.
    public static func logGamma(_ x: Double) -> Double {
        guard x > 0 else { return .nan }
        if x < 10 { return log(tgamma(x)) }
        return (x - 0.5) * log(x) - x + halfLogTwoPi + stirlingCorrection(x)
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), with the large parts cancelled analytically
    /// (Stirling form of `betaPrefix`) when both arguments are large.
    public static func logBeta(_ a: Double, _ b: Double) -> Double {
        guard a > 0, b > 0 else { return .nan }
        if min(a, b) < 10 { return logGamma(a) + logGamma(b) - logGamma(a + b) }
        // B(a,b) = √(2π) · aᵃ⁻½ bᵇ⁻½ / (a+b)^(a+b−½) · exp(δ(a) + δ(b) − δ(a+b)).
        let s = a + b
        return halfLogTwoPi + (a - 0.5) * log(a / s) + b * log(b / s) - 0.5 * log(b)
            + stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(s)
    }

    /// δ(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], the Stirling remainder, for x > 0.
    ///
    /// From 10 up the asymptotic series (Abramowitz & Stegun 6.1.41) to the x⁻¹³ term, whose
    /// truncation error is below 1e-17 there; below 10 from `tgamma` directly.
    public static func stirlingCorrection(_ x: Double) -> Double {
        if x < 10 {
            return log(tgamma(x)) - (x - 0.5) * log(x) + x - halfLogTwoPi
        }
        let r = 1 / x
        let r2 = r * r
        let coefficients: [Double] = [1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
                                      -691.0 / 360_360, 1.0 / 156]
        var sum = 0.0
        for c in coefficients.reversed() { sum = sum * r2 + c }
        return sum * r
    }

    /// log(1 + z) − z, accurate for every z > −1.
    ///
    /// `onePlusZ` is 1 + z computed *directly* by the caller (e.g. x·(a+b)/a), because forming it
    /// from a rounded z loses everything when z is close to −1. For −½ ≤ z ≤ 1 the series
    /// −z·v + 2v³ Σ v²ᵏ/(2k+3) with v = z/(2+z) (from log(1+z) = 2 atanh v) has no cancellation.
    static func log1pMinusZ(_ z: Double, onePlusZ: Double) -> Double {
        guard z >= -0.5, z <= 1 else { return log(onePlusZ) - z }
        let v = z / (2 + z)
        let v2 = v * v
        var term = 2 * v * v2
        var sum = 0.0
        var k = 3.0
        while true {
            let next = term / k
            sum += next
            if abs(next) <= abs(sum) * 1e-17 { break }
            term *= v2
            k += 2
        }
        return sum - z * v
    }

    /// xᵃ e⁻ˣ / Γ(a), the prefix of the incomplete gamma ratios (Loader's saddle-point form), for
    /// a > 0, x ≥ 0; relative error O(u) for any size (the Poisson pmf is gammaPrefix(k+1, λ)/λ).
    public static func gammaPrefix(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 0 }
        let z = (x - a) / a
        return (a / twoPi).squareRoot() * exp(a * log1pMinusZ(z, onePlusZ: x / a) - stirlingCorrection(a))
    }

    /// Regularized incomplete gamma ratios (P(a, x), Q(a, x)) for a > 0, x ≥ 0.
    ///
    /// Method (Numerical Recipes §6.2; DiDonato & Morris 1986 region split): for x < a + 1 the
    /// series P = prefix/a · Σ xⁿ/((a+1)…(a+n)); otherwise Legendre's continued fraction for Q
    /// by the modified Lentz method. The tail computed directly is accurate to relative
    /// O(√a·u); the other one is its complement, which is never the small one of the pair
    /// except for a < 1 where it is still ≥ about 0.05.
    public static func regularizedGamma(_ a: Double, _ x: Double) -> (p: Double, q: Double) {
        guard a > 0, x >= 0, !a.isNaN, !x.isNaN else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if x < a + 1 {
            let p = lowerGammaSeries(a, x)
            return (p, 0.5 - p + 0.5)
        }
        let q = upperGammaContinuedFraction(a, x)
        return (0.5 - q + 0.5, q)
    }

    private static func lowerGammaSeries(_ a: Double, _ x: Double) -> Double {
        var term = 1.0
        var sum = 1.0
        var ap = a
        // Terms decay like exp(−n²/2a) near x ≈ a: O(√a) of them; the cap is far beyond that.
        for _ in 0..<maxIterations(a) {
            ap += 1
            term *= x / ap
            sum += term
            if term <= sum * 1e-17 { break }
        }
        return gammaPrefix(a, x) / a * sum
    }

    private static func upperGammaContinuedFraction(_ a: Double, _ x: Double) -> Double {
        let fpmin = 1e-300
        var b = x + 1 - a
        var c = 1 / fpmin
        var d = 1 / b
        var h = d
        var i = 1.0
        for _ in 0..<maxIterations(a) {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < fpmin { d = fpmin }
            c = b + an / c
            if abs(c) < fpmin { c = fpmin }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= 1e-16 { break }
            i += 1
        }
        return gammaPrefix(a, x) * h
    }

    static func maxIterations(_ size: Double) -> Int {
        Int(min(100 * size.squareRoot() + 10_000, 10_000_000))
    }
}
