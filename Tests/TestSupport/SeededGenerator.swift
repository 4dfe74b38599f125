import Analysis

/// Reproducible test inputs: SplitMix64 (Steele, Lea & Flood 2014; `Analysis.SplitMix64`, checked against the
/// reference C) as a `RandomNumberGenerator`, so a failing input comes back on every run and on every machine.
public struct SeededGenerator: RandomNumberGenerator {
    private var source: SplitMix64

    /// Starts the sequence at `seed`.
    public init(seed: UInt64) { source = SplitMix64(seed: seed) }

    public mutating func next() -> UInt64 { source.next() }

    /// A uniform number in [0, 1) from the top 53 bits of the next output.
    public mutating func nextUnit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }
}
