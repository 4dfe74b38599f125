/// SplitMix64, the 64-bit generator of Steele, Lea & Flood, "Fast splittable pseudorandom number
/// generators" (OOPSLA 2014), as published by Vigna at https://prng.di.unimi.it/splitmix64.c.
///
/// Used to expand one 64-bit seed into the 256-bit state of ``Xoshiro256StarStar`` (the authors'
/// advice: nearby seeds must not give correlated states) and to derive independent seeds from a
/// base seed, e.g. one per exercise variant.
public struct SplitMix64: Sendable, Hashable {
    /// The running state; advances by the golden-ratio increment on every draw.
    public private(set) var state: UInt64

    /// Starts the sequence at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// Returns the next 64-bit output.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
