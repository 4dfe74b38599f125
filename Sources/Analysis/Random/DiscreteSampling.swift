extension Xoshiro256StarStar {
    /// Largest trial count accepted by ``nextBinomial(trials:probability:)``.
    public static let maximumBinomialTrials = 1_000_000

    /// A binomial variate: the number of successes in `trials` independent Bernoulli trials, counted
    /// one by one (exact; linear in `trials`, which stays small in exercises).
    /// - Throws: ``RandomParameterError`` for a negative or too large `trials` or a probability
    ///   outside [0, 1].
    public mutating func nextBinomial(trials: Int, probability: Double) throws(RandomParameterError) -> Int {
        try RandomParameterCheck.nonNegative("trials", Double(trials))
        try RandomParameterCheck.atMost("trials", Double(trials), Double(Self.maximumBinomialTrials))
        try RandomParameterCheck.probability(probability)
        var successes = 0
        for _ in 0..<trials where nextUnitInterval() < probability {
            successes += 1
        }
        return successes
    }
}

/// Draws category indices with probability proportional to fixed weights, by inversion of the
/// cumulative weights (one uniform per draw, so streams stay aligned across categories).
public struct WeightedChoice: Sendable, Hashable {
    private let cumulative: [Double]
    private let lastPositive: Int

    /// - Throws: ``RandomParameterError/invalidWeights(_:)`` when `weights` is empty, holds a
    ///   negative or non-finite entry, or sums to zero.
    public init(weights: [Double]) throws(RandomParameterError) {
        guard let lastPositive = weights.lastIndex(where: { $0 > 0 }),
              weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else { throw .invalidWeights(weights) }
        var running = 0.0
        cumulative = weights.map { weight in
            running += weight
            return running
        }
        guard running.isFinite else { throw .invalidWeights(weights) }
        self.lastPositive = lastPositive
    }

    /// The number of categories.
    public var count: Int { cumulative.count }

    /// The index of the next category drawn; a zero-weight category is never returned.
    public func nextIndex(using generator: inout Xoshiro256StarStar) -> Int {
        let target = generator.nextUnitInterval() * cumulative[lastPositive]
        // Rounding can leave `target` at the total; the last positive category then takes it.
        return cumulative.firstIndex(where: { target < $0 }) ?? lastPositive
    }
}
