import Analysis

/// Seeds derived from one base seed, so that each participant variant and each column gets an
/// independent stream.
enum DerivedSeeds {
    /// The seed of variant `variant` (1-based): the `variant`-th output of SplitMix64 started at the
    /// spec's seed. SplitMix64's outputs are decorrelated even for consecutive inputs, which is why
    /// its authors recommend it for exactly this job.
    static func variantSeed(base: UInt64, variant: Int) -> UInt64 {
        var mixer = SplitMix64(seed: base)
        var seed = mixer.next()
        for _ in 1..<max(variant, 1) { seed = mixer.next() }
        return seed
    }

    /// One generator per column plus one for cell injections, all drawn from the variant seed.
    /// Giving each column its own stream means editing one column of a spec leaves the others'
    /// data unchanged.
    static func streams(variantSeed: UInt64, count: Int) -> [Xoshiro256StarStar] {
        var mixer = SplitMix64(seed: variantSeed)
        return (0..<count).map { _ in Xoshiro256StarStar(seed: mixer.next()) }
    }
}
