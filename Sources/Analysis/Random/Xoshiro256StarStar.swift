/// xoshiro256** 1.0 of Blackman & Vigna, "Scrambled linear pseudorandom number generators"
/// (ACM TOMS 47(4), 2021); reference code https://prng.di.unimi.it/xoshiro256starstar.c.
///
/// Chosen because it is small, fast, passes BigCrush, and — being pure 64-bit integer
/// arithmetic — gives the same stream on every platform, which the system generator does not.
/// All of Bunseki's seeded sampling (exercise data, later the random-number and sampling tools)
/// draws from it.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Seeds the generator the way its authors recommend: the four state words are the first four
    /// outputs of ``SplitMix64`` started at `seed` (never all zero, whatever the seed).
    public init(seed: UInt64) {
        var expander = SplitMix64(seed: seed)
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
    }

    /// Starts from an explicit state; returns `nil` for the all-zero state, which would only ever
    /// produce zeros.
    public init?(state: (UInt64, UInt64, UInt64, UInt64)) {
        guard state != (0, 0, 0, 0) else { return nil }
        (s0, s1, s2, s3) = state
    }

    /// Returns the next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, by: 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
