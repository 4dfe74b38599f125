import Foundation

/// The normal distribution N(mean, standardDeviation²).
public struct Normal: ContinuousDistribution, Codable, Equatable {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ > 0.
    public let standardDeviation: Double

    /// The standard normal N(0, 1).
    public static let standard = Normal(uncheckedMean: 0, standardDeviation: 1)

    /// Creates N(mean, standardDeviation²); σ must be finite and positive.
    public init(mean: Double = 0, standardDeviation: Double = 1) throws {
        guard mean.isFinite else {
            throw AnalysisError.invalidParameter(name: "mean", value: mean, requirement: .finite)
        }
        guard standardDeviation.isFinite, standardDeviation > 0 else {
            throw AnalysisError.invalidParameter(name: "standardDeviation", value: standardDeviation,
                                                 requirement: .positive)
        }
        self.init(uncheckedMean: mean, standardDeviation: standardDeviation)
    }

    /// Decodes and re-checks the parameters.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(mean: container.decode(Double.self, forKey: .mean),
                      standardDeviation: container.decode(Double.self, forKey: .standardDeviation))
    }

    private init(uncheckedMean mean: Double, standardDeviation: Double) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    public func cdf(_ x: Double) -> Double { Normal.upperTail(-(x - mean) / standardDeviation) }

    public func sf(_ x: Double) -> Double { Normal.upperTail((x - mean) / standardDeviation) }

    public func density(_ x: Double) -> Double {
        let z = (x - mean) / standardDeviation
        // exp(−z²/2) with z² split exactly into hi + lo, so large z keeps full relative accuracy.
        let square = DoubleDouble.product(z, z)
        return exp(-square.hi / 2) * exp(-square.lo / 2) / (2 * Double.pi).squareRoot() / standardDeviation
    }

    public func quantile(_ p: Double) -> Double {
        mean + standardDeviation * Normal.standardQuantile(lower: p)
    }

    public func inverseSurvival(_ q: Double) -> Double {
        mean - standardDeviation * Normal.standardQuantile(lower: q)
    }

    /// P(|Z| > |x|) for the standardised value, computed directly.
    public func twoSidedPValue(_ x: Double) -> Double {
        min(1, 2 * Normal.upperTail(abs(x - mean) / standardDeviation))
    }

    /// Φ̄(z) = ½ erfc(z/√2), with z/√2 formed in double-double and the rounding of its low part
    /// corrected to first order, erfc(h + l) ≈ erfc(h) − l·(2/√π)·e^(−h²) (numerics reference
    /// §5.1): plain erfc(z/√2) loses up to 2e-13 relative near z = 37.5 to the argument rounding.
    static func upperTail(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        let inverseSqrt2 = DoubleDouble(hi: 0.7071067811865476, lo: -4.833646656726457e-17)
        let w = inverseSqrt2 * z
        let correction = w.lo * (2 / Double.pi.squareRoot()) * exp(-w.hi * w.hi)
        return 0.5 * (erfc(w.hi) - correction)
    }

    /// The standard normal quantile for a lower-tail probability p: the smaller tail is solved
    /// (1 − p is exact for p ≥ ½ by Sterbenz' lemma), starting from Abramowitz & Stegun 26.2.23
    /// (error < 4.5e-4) and polished to full accuracy by `QuantileSolver`.
    static func standardQuantile(lower p: Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0.5 { return 0 }
        let small = min(p, 1 - p)
        let t = (-2 * log(small)).squareRoot()
        let start = t - (2.515517 + t * (0.802853 + t * 0.010328))
            / (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)))
        let magnitude = QuantileSolver.solve(probability: small, tail: .upper, start: start,
                                             tail: upperTail, density: { standard.density($0) })
        return p < 0.5 ? -magnitude : magnitude
    }
}
