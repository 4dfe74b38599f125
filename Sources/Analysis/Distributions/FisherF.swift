import Foundation

/// The F distribution with (d1, d2) degrees of freedom (fractional allowed).
public struct FisherF: ContinuousDistribution, Codable, Equatable {
    /// Numerator degrees of freedom d1.
    public let numeratorDegreesOfFreedom: Double
    /// Denominator degrees of freedom d2.
    public let denominatorDegreesOfFreedom: Double

    /// Creates F(d1, d2); both must be finite and positive.
    public init(numeratorDegreesOfFreedom d1: Double, denominatorDegreesOfFreedom d2: Double) throws {
        for (name, value) in [("numeratorDegreesOfFreedom", d1), ("denominatorDegreesOfFreedom", d2)]
        where !(value.isFinite && value > 0) {
            throw AnalysisError.invalidParameter(name: name, value: value, requirement: .positive)
        }
        numeratorDegreesOfFreedom = d1
        denominatorDegreesOfFreedom = d2
    }

    /// Decodes and re-checks the parameters.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(numeratorDegreesOfFreedom: container.decode(Double.self, forKey: .numeratorDegreesOfFreedom),
                      denominatorDegreesOfFreedom: container.decode(Double.self, forKey: .denominatorDegreesOfFreedom))
    }

    /// Incomplete-beta arguments x = d1·f/(d1·f + d2) and y = d2/(d1·f + d2), each formed directly
    /// (R `pf.c`): the cdf is I_x(d1/2, d2/2) and the survival function its complement, and
    /// `regularizedBeta` computes whichever is small without subtraction.
    private func betaArguments(_ f: Double) -> (x: Double, y: Double) {
        let w = numeratorDegreesOfFreedom * f
        guard w.isFinite else { return (1, 0) }
        let d2 = denominatorDegreesOfFreedom
        return (w / (w + d2), d2 / (w + d2))
    }

    private func tails(_ f: Double) -> (value: Double, complement: Double) {
        let (x, y) = betaArguments(f)
        return SpecialFunctions.regularizedBeta(numeratorDegreesOfFreedom / 2, denominatorDegreesOfFreedom / 2,
                                                x: x, y: y)
    }

    public func cdf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        return f <= 0 ? 0 : tails(f).value
    }

    public func sf(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        return f <= 0 ? 1 : tails(f).complement
    }

    /// The density xᵃyᵇ/B(a,b)/f with a = d1/2, b = d2/2 (prefix without large-log cancellation).
    public func density(_ f: Double) -> Double {
        if f.isNaN { return .nan }
        if f < 0 { return 0 }
        let d1 = numeratorDegreesOfFreedom
        if f == 0 { return d1 < 2 ? .infinity : d1 == 2 ? 1 : 0 }
        let (x, y) = betaArguments(f)
        return SpecialFunctions.betaPrefix(d1 / 2, denominatorDegreesOfFreedom / 2, x: x, y: y) / f
    }

    public func quantile(_ p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        return p <= 0.5 ? solve(p, tail: .lower) : solve(1 - p, tail: .upper)
    }

    public func inverseSurvival(_ q: Double) -> Double {
        if q.isNaN || q < 0 || q > 1 { return .nan }
        return q <= 0.5 ? solve(q, tail: .upper) : solve(1 - q, tail: .lower)
    }

    /// Root of the given tail, started from 1 (the bracketing in `QuantileSolver` squares its
    /// step, so even extreme quantiles are reached in a few evaluations).
    private func solve(_ probability: Double, tail: QuantileSolver.Tail) -> Double {
        QuantileSolver.solve(probability: probability, tail: tail, start: 1,
                             tail: tail == .lower ? cdf : sf, density: density)
    }
}
