extension Xoshiro256StarStar {
    /// A normal variate with the given mean and standard deviation, by Marsaglia's polar method
    /// (Marsaglia & Bray, "A convenient method for generating normal variables", SIAM Review 6(3),
    /// 1964): exact, and needs only ln and √ — both reproducible bit for bit (see `DeterministicMath`).
    ///
    /// The method yields two variates per accepted pair; the second is discarded so that a draw
    /// depends on the generator state alone, with no hidden cache between calls.
    /// - Throws: ``RandomParameterError`` for a non-finite mean or a negative or non-finite `sd`.
    public mutating func nextNormal(mean: Double = 0, sd: Double = 1) throws(RandomParameterError) -> Double {
        try RandomParameterCheck.finite("mean", mean)
        try RandomParameterCheck.nonNegative("sd", sd)
        return mean + sd * nextStandardNormal()
    }

    mutating func nextStandardNormal() -> Double {
        while true {
            let u = 2 * nextUnitInterval() - 1
            let v = 2 * nextUnitInterval() - 1
            let s = u * u + v * v
            if s > 0, s < 1 {
                return u * (-2 * DeterministicMath.log(s) / s).squareRoot()
            }
        }
    }
}
