import Foundation

/// The coefficients aᵢ of the Shapiro–Wilk W for n values, as Royston's algorithm AS R94 (Applied
/// Statistics 44, 1995) forms them: mᵢ = Φ⁻¹((i − 3/8)/(n + 1/4)), the two largest coefficients from
/// Royston's polynomials in 1/√n, the others mᵢ rescaled so that Σaᵢ² = 1.
///
/// The mᵢ come from AS 111's `PPND` (Beasley & Springer 1977), as in AS R94 and SciPy, not from an exact
/// normal quantile: the statistic is defined with them, and exact quantiles would move W by up to 5e-10
/// (n = 4) away from SciPy's and the published tables.
enum ShapiroWilkCoefficients {
    /// a₁ … a₍n/2₎, positive, for the largest values; the smallest values take the same coefficients negated.
    static func lowerHalf(count n: Int) -> [Double] {
        if n == 3 { return [(0.5).squareRoot()] }
        let half = n / 2
        let shifted = Double(n) + 0.25
        var m = (0..<half).map { ppnd((Double($0 + 1) - 0.375) / shifted) }
        let sumOfSquares = 2 * m.reduce(0) { $0 + $1 * $1 }
        let root = sumOfSquares.squareRoot()
        let x = 1 / Double(n).squareRoot()
        let a1 = polynomial([0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056], x) - m[0] / root
        let first: Int
        let factor: Double
        if n > 5 {
            first = 2
            let a2 = -m[1] / root + polynomial([0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633], x)
            factor = ((sumOfSquares - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * a1 * a1 - 2 * a2 * a2)).squareRoot()
            m[1] = a2
        } else {
            first = 1
            factor = ((sumOfSquares - 2 * m[0] * m[0]) / (1 - 2 * a1 * a1)).squareRoot()
        }
        m[0] = a1
        for i in first..<half { m[i] = -m[i] / factor }
        return m
    }

    /// c₀ + c₁x + c₂x² + …, by Horner's rule.
    static func polynomial(_ coefficients: [Double], _ x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }

    /// AS 111 (Beasley & Springer 1977): the normal quantile to about 1e-7, as AS R94 calls it.
    private static func ppnd(_ p: Double) -> Double {
        let q = p - 0.5
        if abs(q) <= 0.42 {
            let r = q * q
            return q * (((-25.44106049637 * r + 41.39119773534) * r - 18.61500062529) * r + 2.50662823884)
                / ((((3.13082909833 * r - 21.06224101826) * r + 23.08336743743) * r - 8.47351093090) * r + 1)
        }
        let r = (-log(q > 0 ? 1 - p : p)).squareRoot()
        let value = (((2.32121276858 * r + 4.85014127135) * r - 2.29796479134) * r - 2.78718931138)
            / ((1.63706781897 * r + 3.54388924762) * r + 1)
        return q < 0 ? -value : value
    }
}
