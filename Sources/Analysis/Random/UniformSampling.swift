extension Xoshiro256StarStar {
    /// A double uniform on [0, 1) carrying 53 random bits: the top 53 bits of the next output
    /// times 2⁻⁵³, the conversion recommended with xoshiro (Vigna, https://prng.di.unimi.it/#remarks).
    public mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A double uniform on [lower, upper).
    /// - Throws: ``RandomParameterError`` for non-finite bounds or lower > upper.
    public mutating func nextUniform(from lower: Double, to upper: Double) throws(RandomParameterError) -> Double {
        try RandomParameterCheck.finite("lower", lower)
        try RandomParameterCheck.finite("upper", upper)
        guard lower <= upper else { throw .emptyRange(lower: lower, upper: upper) }
        return lower + (upper - lower) * nextUnitInterval()
    }

    /// An integer uniform on `range`, without modulo bias, by Lemire's multiply-and-reject method
    /// ("Fast random integer generation in an interval", ACM TOMACS 29(1), 2019). Implemented here
    /// rather than taken from the standard library so the stream cannot change with a Swift release.
    public mutating func nextInteger(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound)) &+ 1
        guard span != 0 else { return Int(truncatingIfNeeded: next()) }  // the whole of Int
        var product = next().multipliedFullWidth(by: span)
        if product.low < span {
            let threshold = (0 &- span) % span
            while product.low < threshold {
                product = next().multipliedFullWidth(by: span)
            }
        }
        return range.lowerBound &+ Int(truncatingIfNeeded: product.high)
    }

    /// `true` with probability `probability`.
    /// - Throws: ``RandomParameterError/probabilityOutOfRange(_:)`` outside [0, 1].
    public mutating func nextBernoulli(probability: Double) throws(RandomParameterError) -> Bool {
        try RandomParameterCheck.probability(probability)
        return nextUnitInterval() < probability
    }
}

/// Shared validation so every sampler reports bad parameters the same way.
enum RandomParameterCheck {
    static func finite(_ name: String, _ value: Double) throws(RandomParameterError) {
        guard value.isFinite else { throw .notFinite(parameter: name, value: value) }
    }

    static func nonNegative(_ name: String, _ value: Double) throws(RandomParameterError) {
        try finite(name, value)
        guard value >= 0 else { throw .negative(parameter: name, value: value) }
    }

    static func probability(_ p: Double) throws(RandomParameterError) {
        guard p >= 0, p <= 1 else { throw .probabilityOutOfRange(p) }
    }

    static func atMost(_ name: String, _ value: Double, _ limit: Double) throws(RandomParameterError) {
        guard value <= limit else { throw .tooLarge(parameter: name, value: value, limit: limit) }
    }
}
