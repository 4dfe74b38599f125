/// A distribution of the ToolPak's Random Number Generation (toolpak.md §3.15) with its parameters.
public enum RandomDistribution: Sendable, Hashable {
    /// Continuous uniform on [lower, upper).
    case uniform(lower: Double, upper: Double)
    /// Normal with mean and standard deviation.
    case normal(mean: Double, sd: Double)
    /// 1 with the probability, else 0.
    case bernoulli(probability: Double)
    /// Number of successes in `trials` Bernoulli trials.
    case binomial(trials: Int, probability: Double)
    /// Poisson with mean λ.
    case poisson(mean: Double)
    /// The values with probabilities proportional to the weights.
    case discrete(values: [Double], weights: [Double])
    /// from…to by step, each value repeated `each` times, the whole run `sequence` times.
    case patterned(from: Double, to: Double, step: Double, each: Int, sequence: Int)

    /// `count` draws in order; a patterned run ignores `count` and the generator, as the ToolPak does.
    /// - Throws: `RandomParameterError` naming the parameter that defines no distribution.
    public func draw(count: Int, using generator: inout Xoshiro256StarStar) throws -> [Double] {
        switch self {
        case .uniform(let lower, let upper):
            return try (0..<count).map { _ throws(RandomParameterError) in try generator.nextUniform(from: lower, to: upper) }
        case .normal(let mean, let sd):
            return try (0..<count).map { _ throws(RandomParameterError) in try generator.nextNormal(mean: mean, sd: sd) }
        case .bernoulli(let p):
            return try (0..<count).map { _ throws(RandomParameterError) in try generator.nextBernoulli(probability: p) ? 1 : 0 }
        case .binomial(let trials, let p):
            return try (0..<count).map { _ throws(RandomParameterError) in
                Double(try generator.nextBinomial(trials: trials, probability: p))
            }
        case .poisson(let mean):
            return try (0..<count).map { _ throws(RandomParameterError) in Double(try generator.nextPoisson(mean: mean)) }
        case .discrete(let values, let weights):
            guard values.count == weights.count else { throw RandomParameterError.invalidWeights(weights) }
            let choice = try WeightedChoice(weights: weights)
            return (0..<count).map { _ in values[choice.nextIndex(using: &generator)] }
        case .patterned(let from, let to, let step, let each, let sequence):
            guard step.isFinite, step > 0 else { throw RandomParameterError.notPositive(parameter: "step", value: step) }
            guard each >= 1 else { throw RandomParameterError.notPositive(parameter: "each", value: Double(each)) }
            guard sequence >= 1 else { throw RandomParameterError.notPositive(parameter: "sequence", value: Double(sequence)) }
            guard from.isFinite, to.isFinite, from <= to else { throw RandomParameterError.emptyRange(lower: from, upper: to) }
            let steps = Int(((to - from) / step).rounded(.down))
            guard steps < 1_000_000, (steps + 1) * each * sequence <= 1_000_000 else {
                throw RandomParameterError.patternTooLong(length: Double(steps + 1) * Double(each) * Double(sequence),
                                                          limit: 1_000_000)
            }
            // Multiplying rather than accumulating keeps 0.1-steps free of drift.
            let run = (0...steps).flatMap { k in Array(repeating: from + Double(k) * step, count: each) }
            return Array((0..<sequence).map { _ in run }.joined())
        }
    }

    /// The distribution's mean and standard deviation, to set a sample's against; nil for a patterned
    /// run, which is not random. Discrete: Σwᵢvᵢ/Σw and √(Σwᵢ(vᵢ − μ)²/Σw).
    public var theoreticalMoments: (mean: Double, standardDeviation: Double)? {
        switch self {
        case .uniform(let lower, let upper): return ((lower + upper) / 2, (upper - lower) / 12.0.squareRoot())
        case .normal(let mean, let sd): return (mean, sd)
        case .bernoulli(let p): return (p, (p * (1 - p)).squareRoot())
        case .binomial(let trials, let p): return (Double(trials) * p, (Double(trials) * p * (1 - p)).squareRoot())
        case .poisson(let mean): return (mean, mean.squareRoot())
        case .discrete(let values, let weights):
            let total = weights.reduce(0, +)
            guard total > 0 else { return nil }
            let mean = zip(values, weights).map { $0 * $1 }.reduce(0, +) / total
            let variance = zip(values, weights).map { $1 * ($0 - mean) * ($0 - mean) }.reduce(0, +) / total
            return (mean, variance.squareRoot())
        case .patterned: return nil
        }
    }

    /// The parameters as a person would write them in English, as `random --json` reports them; the
    /// wording for a reader in either language is `Labels.distribution(_:_:)` in Report.
    public var description: String {
        switch self {
        case .uniform(let lower, let upper): "uniform(\(Self.plain(lower)), \(Self.plain(upper)))"
        case .normal(let mean, let sd): "normal(mean \(Self.plain(mean)), sd \(Self.plain(sd)))"
        case .bernoulli(let p): "Bernoulli(p \(Self.plain(p)))"
        case .binomial(let trials, let p): "binomial(trials \(trials), p \(Self.plain(p)))"
        case .poisson(let mean): "Poisson(λ \(Self.plain(mean)))"
        case .discrete(let values, let weights):
            "discrete(" + zip(values, weights).map { "\(Self.plain($0)): \(Self.plain($1))" }.joined(separator: ", ") + ")"
        case .patterned(let from, let to, let step, let each, let sequence):
            "patterned(\(Self.plain(from)) to \(Self.plain(to)) step \(Self.plain(step)), each ×\(each), sequence ×\(sequence))"
        }
    }

    /// Whole numbers without Swift's trailing ".0", as a person types them.
    public static func plain(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
