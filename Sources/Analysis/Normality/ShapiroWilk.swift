import Foundation

/// The Shapiro–Wilk test of normality (Shapiro & Wilk 1965) by Royston's algorithm AS R94 (Applied
/// Statistics 44, 1995), the one SciPy's `shapiro` and R's `shapiro.test` run, for 3 to 5000 values.
///
/// W = (Σaᵢx₍ᵢ₎)²/Σ(xᵢ − x̄)², with 1 − W formed as (√(SSa·SSx) − Sax)(√(SSa·SSx) + Sax)/(SSa·SSx) so that
/// values of W near 1 keep their digits. The p-value is exact for n = 3 (1 − (6/π)·acos(√W)); otherwise
/// Royston's normalising transformation of 1 − W (n ≤ 11: −log(γ − log(1 − W)); n ≥ 12: log(1 − W)) with
/// his polynomial mean and standard deviation, and the upper normal tail from `Normal` (AS R94 uses AS 66,
/// which agrees to about 1e-10).
public struct ShapiroWilk: Codable, Sendable, Equatable {
    /// W, between 0 and 1; near 1 for normal-looking data.
    public let w: Double
    /// P(W′ ≤ W) for normal data of the same size: small when the data depart from normality.
    public let pValue: Double

    /// AS R94's range of n.
    public static let minimumCount = 3
    public static let maximumCount = 5000

    /// Tests `values` (finite numbers, any order).
    /// - Returns: nil for fewer than 3 or more than 5000 values, or when all values are equal.
    public static func test(_ values: [Double]) -> ShapiroWilk? {
        let n = values.count
        guard n >= minimumCount, n <= maximumCount else { return nil }
        let sorted = values.sorted()
        // As SciPy (gh-15777): subtracting a middle value first keeps the sums small for data far from 0.
        let x = sorted.map { $0 - sorted[n / 2] }
        let range = x[n - 1] - x[0]
        guard range >= 1e-19 else { return nil }
        let a = ShapiroWilkCoefficients.lowerHalf(count: n)
        let coefficient = { (i: Int) -> Double in
            let mirror = n - 1 - i
            return i < mirror ? -a[i] : (i > mirror ? a[mirror] : 0)
        }
        let meanA = (0..<n).reduce(0) { $0 + coefficient($1) } / Double(n)
        let meanX = x.reduce(0) { $0 + $1 / range } / Double(n)
        var ssa = 0.0, ssx = 0.0, sax = 0.0
        for i in 0..<n {
            let da = coefficient(i) - meanA, dx = x[i] / range - meanX
            ssa += da * da
            ssx += dx * dx
            sax += da * dx
        }
        let root = (ssa * ssx).squareRoot()
        let oneMinusW = (root - sax) * (root + sax) / (ssa * ssx)
        return Self(w: 1 - oneMinusW, oneMinusW: oneMinusW, count: n)
    }

    private init(w: Double, oneMinusW: Double, count n: Int) {
        if n == 3 {
            // W ≥ 3/4 for three values; rounding may leave it a hair below, which SciPy (gh-18322) clamps.
            self.w = max(w, 0.75)
            pValue = w < 0.75 ? 0 : max(0, 1 - 6 / Double.pi * acos(w.squareRoot()))
            return
        }
        self.w = w
        let poly = ShapiroWilkCoefficients.polynomial
        var y = log(oneMinusW)
        let mean: Double, sd: Double
        if n <= 11 {
            let gamma = poly([-2.273, 0.459], Double(n))
            guard y < gamma else {
                pValue = 1e-19   // AS R94's SMALL: the transformation's domain ends here.
                return
            }
            y = -log(gamma - y)
            mean = poly([0.5440, -0.39978, 0.025054, -6.714e-4], Double(n))
            sd = exp(poly([1.3822, -0.77857, 0.062767, -0.0020322], Double(n)))
        } else {
            let logN = log(Double(n))
            mean = poly([-1.5861, -0.31082, -0.083751, 0.0038915], logN)
            sd = exp(poly([-0.4803, -0.082676, 0.0030302], logN))
        }
        pValue = Normal.standard.sf((y - mean) / sd)
    }
}
