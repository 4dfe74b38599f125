import Foundation

/// Student's t distribution with ν > 0 degrees of freedom (fractional ν allowed, e.g. Welch).
public struct StudentT: ContinuousDistribution, Codable, Equatable {
    /// The degrees of freedom ν.
    public let degreesOfFreedom: Double

    /// Above this ν the t distribution differs from the normal by less than the working accuracy.
    static let normalLimit = 1e15

    /// Creates t(ν); ν must be positive (+∞ gives the standard normal).
    public init(degreesOfFreedom: Double) throws {
        guard degreesOfFreedom > 0 else {
            throw AnalysisError.invalidParameter(name: "degreesOfFreedom", value: degreesOfFreedom,
                                                 requirement: .positive)
        }
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// Decodes and re-checks the parameter.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(degreesOfFreedom: container.decode(Double.self, forKey: .degreesOfFreedom))
    }

    /// P(|T| > |t|) and its complement, from the incomplete beta with both arguments
    /// x = ν/(ν+t²) and y = t²/(ν+t²) formed directly (R `pt.c`; numerics reference §5.2):
    /// P(|T| > |t|) = I_x(ν/2, ½).
    private func twoSidedTail(_ t: Double) -> (outside: Double, inside: Double) {
        let n = degreesOfFreedom
        let t2 = t * t
        if t.isInfinite { return (0, 1) }
        if !(t2 <= 1e100 * n) {
            return (2 * exp(logFarTail(abs(t))), 1)
        }
        let r = SpecialFunctions.regularizedBeta(n / 2, 0.5, x: n / (n + t2), y: t2 / (n + t2))
        return (r.value, r.complement)
    }

    /// ln P(T > t) for t² > 1e100·ν, where the leading asymptotic term
    /// ν^(ν/2−1) t^(−ν) / B(ν/2, ½) has relative error O(ν/t²) (R `pt.c` does the same); it avoids
    /// forming ν/(ν+t²), which is subnormal or zero there.
    private func logFarTail(_ t: Double) -> Double {
        let n = degreesOfFreedom
        return (n / 2 - 1) * log(n) - n * log(t) - SpecialFunctions.logBeta(n / 2, 0.5)
    }

    public func sf(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if degreesOfFreedom > StudentT.normalLimit { return Normal.upperTail(t) }
        let tails = twoSidedTail(t)
        return t > 0 ? tails.outside / 2 : tails.inside + tails.outside / 2
    }

    public func cdf(_ t: Double) -> Double { sf(-t) }

    /// P(|T| > |t|), the two-sided p-value, computed directly.
    public func twoSidedPValue(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if degreesOfFreedom > StudentT.normalLimit { return Normal.standard.twoSidedPValue(t) }
        return twoSidedTail(t).outside
    }

    /// The density, as the incomplete-beta prefix xᵃyᵇ/B(a,b) divided by |t| (a = ½, b = ν/2),
    /// which avoids the cancellation of ln Γ((ν+1)/2) − ln Γ(ν/2) for large ν.
    public func density(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        let n = degreesOfFreedom
        if n > StudentT.normalLimit { return Normal.standard.density(t) }
        if t == 0 { return exp(-SpecialFunctions.logBeta(n / 2, 0.5)) / n.squareRoot() }
        if t.isInfinite { return 0 }
        let t2 = t * t
        if !(t2 <= 1e100 * n) {
            return exp(logFarTail(abs(t)) + log(n / abs(t)))
        }
        return SpecialFunctions.betaPrefix(0.5, n / 2, x: t2 / (n + t2), y: n / (n + t2)) / abs(t)
    }

    public func quantile(_ p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0.5 { return 0 }
        return p < 0.5 ? -upperQuantileMagnitude(p) : upperQuantileMagnitude(1 - p)
    }

    public func inverseSurvival(_ q: Double) -> Double { -quantile(q) }

    /// The t with P(|T| > t) = α, the two-sided critical value (Excel `T.INV.2T`).
    public func twoSidedCriticalValue(alpha: Double) -> Double {
        if alpha.isNaN || alpha <= 0 || alpha > 1 { return alpha == 0 ? .infinity : .nan }
        return upperQuantileMagnitude(alpha / 2)
    }

    /// Solves sf(t) = q for t > 0 (q < ½), starting from the Cornish–Fisher expansion of t in the
    /// normal quantile z (Abramowitz & Stegun 26.7.5), which is close for ν ≥ 3 and rough below.
    private func upperQuantileMagnitude(_ q: Double) -> Double {
        if degreesOfFreedom > StudentT.normalLimit { return -Normal.standardQuantile(lower: q) }
        let z = -Normal.standardQuantile(lower: q)
        let n = degreesOfFreedom
        let z2 = z * z
        let start = z + z * (z2 + 1) / (4 * n) + z * ((5 * z2 + 16) * z2 + 3) / (96 * n * n)
        return QuantileSolver.solve(probability: q, tail: .upper, start: start,
                                    tail: sf, density: density)
    }
}
