import Foundation

/// The studentized range Q = W/S of k means and ν error df (Tukey's HSD; numerics reference §6).
///
/// The upper tail is computed directly, never as 1 − cdf: with a = Φ̄(z), b = Φ̄(z) − Φ̄(z+w),
/// P(W > w) = k ∫ φ(z) Φ̄(z+w) Σᵢ a^(k−2−i) bⁱ dz (all terms positive), and
/// P(Q > q) = ∫ g_ν(s) P(W > qs) ds with g_ν the density of S = √(χ²_ν/ν). Both integrals use
/// adaptive Gauss–Kronrod with relative tolerance 1e-12; the log-density of S is written with the
/// Stirling remainder so it stays accurate for large ν (no switch to ν = ∞ below 1e12).
public struct StudentizedRange: Sendable, Equatable, Codable {
    /// Number of means compared, k ≥ 2.
    public let means: Int
    /// Error degrees of freedom ν > 0.
    public let degreesOfFreedom: Double

    /// Creates the distribution; k must be at least 2 and ν positive.
    public init(means: Int, degreesOfFreedom: Double) throws {
        guard means >= 2 else {
            throw AnalysisError.invalidParameter(name: "means", value: Double(means), requirement: .atLeast(2))
        }
        guard degreesOfFreedom > 0, !degreesOfFreedom.isNaN else {
            throw AnalysisError.invalidParameter(name: "degreesOfFreedom", value: degreesOfFreedom, requirement: .positive)
        }
        self.means = means
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(Q > q).
    public func sf(_ q: Double) -> Double {
        if q.isNaN { return .nan }
        if q <= 0 { return 1 }
        if q.isInfinite { return 0 }
        let nu = degreesOfFreedom
        if nu > 1e12 { return rangeSurvival(q) }
        // S is concentrated within a few 1/√(2ν) of 1; beyond ln g < −70 nothing counts.
        let width = 1 / (2 * nu).squareRoot()
        let lower = max(0, 1 - 13 * width), upper = max(1 + 13 * width, rightTailEnd())
        let points = [lower, max(lower, 1 - 3 * width), 1, 1 + 3 * width, upper].sorted()
        let total = GaussKronrod.integrate(over: points, relativeTolerance: 1e-12) { s in
            s <= 0 ? 0 : exp(logScaleDensity(s)) * rangeSurvival(q * s)
        }
        return min(1, total)
    }

    /// q with P(Q > q) = α (the HSD critical value), by the Illinois variant of regula falsi on
    /// ln P(Q > q) − ln α to a relative width of 1e-13.
    public func inverseSurvival(_ alpha: Double) -> Double {
        guard alpha > 0, alpha < 1 else { return alpha == 0 ? .infinity : (alpha == 1 ? 0 : .nan) }
        let target = log(alpha)
        let g = { (q: Double) in log(sf(q)) - target }
        var a = 0.5, b = 2.0
        var ga = g(a)
        while ga < 0, a > 1e-8 { a /= 4; ga = g(a) }
        var gb = g(b)
        while gb > 0, b < 1e6 { a = b; ga = gb; b *= 2; gb = g(b) }
        var side = 0
        for _ in 0..<200 {
            let c = (a * gb - b * ga) / (gb - ga)
            let gc = g(c)
            if gc == 0 || abs(b - a) <= 1e-13 * c { return c }
            if (gc > 0) == (ga > 0) {
                a = c; ga = gc
                if side == -1 { gb /= 2 }
                side = -1
            } else {
                b = c; gb = gc
                if side == 1 { ga /= 2 }
                side = 1
            }
        }
        return (a + b) / 2
    }

    /// ln g_ν(s) for S = √(χ²_ν/ν): ln 2 + (ν/2)ln(ν/2) − lnΓ(ν/2) + (ν−1)ln s − νs²/2, with
    /// lnΓ(ν/2) expanded by Stirling so that ν/2 − (ν/2)(s² − 2 ln s) combines into
    /// −(ν/2)(s² − 1 − 2 ln s), which has no cancellation of large terms.
    private func logScaleDensity(_ s: Double) -> Double {
        let nu = degreesOfFreedom, h = nu / 2
        let e = s - 1
        let shape = e * (2 + e) - 2 * log1p(e)
        return log(2) + 0.5 * log(h) - SpecialFunctions.halfLogTwoPi - SpecialFunctions.stirlingCorrection(h)
            - h * shape - log(s)
    }

    /// The s beyond which g_ν(s) < e⁻⁷⁰; it matters for small ν, where the right tail is wide.
    private func rightTailEnd() -> Double {
        var s = 2.0
        while logScaleDensity(s) > -70, s < 1e3 { s *= 1.25 }
        return s
    }

    /// P(W > w) for the range W of k standard normals.
    ///
    /// The sum Σᵢ a^(k−2−i) bⁱ times (a − b) telescopes to a^(k−1) − b^(k−1), written as
    /// −a^(k−1)·expm1((k−1)·log1p(−Φ̄(z+w)/a)) so that it costs O(1) per point rather than O(k) (a
    /// factor the many Tukey–Kramer pairs of k groups multiply) and keeps every digit when b ≈ a.
    private func rangeSurvival(_ w: Double) -> Double {
        if w <= 0 { return 1 }
        let k = Double(means)
        let integrand = { (z: Double) -> Double in
            let a = Normal.upperTail(z)
            guard a > 0 else { return 0 }
            let tail = Normal.upperTail(z + w)
            let difference = -pow(a, k - 1) * expm1((k - 1) * log1p(-tail / a))
            return k * Normal.standard.density(z) * difference
        }
        let center = -w / 2
        let points = [center - 9, center, min(center + 9, 9), 9].sorted()
        return min(1, GaussKronrod.integrate(over: points, relativeTolerance: 1e-12, integrand))
    }
}
