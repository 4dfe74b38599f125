extension Xoshiro256StarStar {
    /// Largest mean accepted by ``nextPoisson(mean:)``; beyond it counts exceed exact doubles' use here.
    public static let maximumPoissonMean = 1e12

    /// A Poisson variate with mean `mean`.
    ///
    /// Below 10, Knuth's multiplication method (TAOCP vol. 2, 3.4.1 F); from 10 up, Hörmann's
    /// transformed rejection with squeeze, PTRS ("The transformed rejection method for generating
    /// Poisson random variables", Insurance: Mathematics and Economics 12(1), 1993), whose cost does
    /// not grow with the mean. Both are exact.
    /// - Throws: ``RandomParameterError`` for a negative, non-finite or too large mean.
    public mutating func nextPoisson(mean: Double) throws(RandomParameterError) -> Int {
        try RandomParameterCheck.nonNegative("mean", mean)
        try RandomParameterCheck.atMost("mean", mean, Self.maximumPoissonMean)
        return mean < 10 ? poissonByMultiplication(mean) : poissonByTransformedRejection(mean)
    }

    private mutating func poissonByMultiplication(_ mean: Double) -> Int {
        let limit = DeterministicMath.exp(-mean)
        var count = 0
        var product = nextUnitInterval()
        while product > limit {
            count += 1
            product *= nextUnitInterval()
        }
        return count
    }

    // Constants and acceptance test as printed in Hörmann (1993), Table 1 / algorithm PTRS.
    private mutating func poissonByTransformedRejection(_ mean: Double) -> Int {
        let rootMean = mean.squareRoot()
        let logMean = DeterministicMath.log(mean)
        let b = 0.931 + 2.53 * rootMean
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let acceptanceBound = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = nextUnitInterval() - 0.5
            let v = nextUnitInterval()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
            if us >= 0.07, v <= acceptanceBound { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            let lhs = DeterministicMath.log(v) + DeterministicMath.log(inverseAlpha)
                - DeterministicMath.log(a / (us * us) + b)
            if lhs <= -mean + k * logMean - DeterministicMath.logFactorial(Int(k)) { return Int(k) }
        }
    }
}
