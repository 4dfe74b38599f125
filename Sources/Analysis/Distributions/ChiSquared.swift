import Foundation

/// The chi-square distribution with k > 0 degrees of freedom: P(k/2, x/2) and Q(k/2, x/2).
public struct ChiSquared: ContinuousDistribution, Codable, Equatable {
    /// The degrees of freedom k.
    public let degreesOfFreedom: Double

    /// Creates χ²(k); k must be finite and positive.
    public init(degreesOfFreedom: Double) throws {
        guard degreesOfFreedom.isFinite, degreesOfFreedom > 0 else {
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

    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return x <= 0 ? 0 : SpecialFunctions.regularizedGamma(degreesOfFreedom / 2, x / 2).p
    }

    public func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return x <= 0 ? 1 : SpecialFunctions.regularizedGamma(degreesOfFreedom / 2, x / 2).q
    }

    public func density(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 { return 0 }
        if x == 0 { return degreesOfFreedom < 2 ? .infinity : degreesOfFreedom == 2 ? 0.5 : 0 }
        return SpecialFunctions.gammaPrefix(degreesOfFreedom / 2, x / 2) / x
    }

    public func quantile(_ p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        return p <= 0.5 ? solve(lower: p) : solve(upper: 1 - p)
    }

    public func inverseSurvival(_ q: Double) -> Double {
        if q.isNaN || q < 0 || q > 1 { return .nan }
        return q <= 0.5 ? solve(upper: q) : solve(lower: 1 - q)
    }

    private func solve(lower p: Double) -> Double {
        QuantileSolver.solve(probability: p, tail: .lower, start: start(lowerProbability: p),
                             tail: cdf, density: density)
    }

    private func solve(upper q: Double) -> Double {
        QuantileSolver.solve(probability: q, tail: .upper, start: start(upperProbability: q),
                             tail: sf, density: density)
    }

    /// Wilson–Hilferty (1931): (X/k)^(1/3) is nearly normal with mean 1 − 2/(9k).
    private func wilsonHilferty(_ z: Double) -> Double {
        let k = degreesOfFreedom
        let c = 2 / (9 * k)
        let root = 1 - c + z * c.squareRoot()
        return k * root * root * root
    }

    private func start(lowerProbability p: Double) -> Double {
        let guess = wilsonHilferty(Normal.standardQuantile(lower: p))
        if guess > 0 { return guess }
        // Small-x limit P(a, x/2) ≈ (x/2)ᵃ / Γ(a+1), solved in logarithms.
        let a = degreesOfFreedom / 2
        return 2 * exp((log(p) + SpecialFunctions.logGamma(a + 1)) / a)
    }

    private func start(upperProbability q: Double) -> Double {
        wilsonHilferty(-Normal.standardQuantile(lower: q))
    }
}
