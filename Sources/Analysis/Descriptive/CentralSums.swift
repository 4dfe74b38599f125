/// Two-pass central sums accumulated in double-double (numerics reference §2; Chan, Golub &
/// LeVeque 1983): the mean is a double-double sum divided by n, each deviation xᵢ − m is formed
/// in double-double, and Σd², Σd³, Σd⁴ and Σdᵢdᵢ₋₁ are double-double sums. This reaches the best
/// accuracy a Double input allows on every NIST StRD univariate set.
///
/// The sums are taken over the values times a power of two that brings the largest magnitude near 1:
/// fourth powers of deviations of values near 1e300 (or 1e-300) would overflow (or underflow)
/// otherwise, and scaling by a power of two is exact. The unscaled sums undo it exactly; the
/// `standardized…` ratios used for skewness and kurtosis do not depend on it.
struct CentralSums: Sendable {
    let count: Int
    /// The power of two the values were multiplied by.
    private let scale: Double
    private let scaledSum: DoubleDouble
    private let scaledMean: DoubleDouble
    private let scaledSquares: DoubleDouble
    private let scaledCubes: DoubleDouble
    private let scaledFourthPowers: DoubleDouble
    private let scaledLagOneProducts: DoubleDouble

    init(_ values: [Double]) {
        count = values.count
        let largest = values.reduce(0) { max($0, abs($1)) }
        let factor = largest.isNormal ? Double(sign: .plus, exponent: -largest.exponent, significand: 1) : 1
        scale = factor
        let scaled = values.map { $0 * factor }
        scaledSum = DoubleDouble.sum(scaled)
        scaledMean = scaled.isEmpty ? .zero : scaledSum / Double(scaled.count)
        var s2 = DoubleDouble.zero, s3 = DoubleDouble.zero, s4 = DoubleDouble.zero, lag = DoubleDouble.zero
        var previous: DoubleDouble?
        for x in scaled {
            let d = DoubleDouble(x) - scaledMean
            let d2 = d * d
            s2 += d2
            s3 += d2 * d
            s4 += d2 * d2
            if let previous { lag += d * previous }
            previous = d
        }
        scaledSquares = s2
        scaledCubes = s3
        scaledFourthPowers = s4
        scaledLagOneProducts = lag
    }

    var sum: DoubleDouble { scaledSum / scale }
    var mean: DoubleDouble { scaledMean / scale }
    /// Σd²; infinite when the true value exceeds the Double range (data near 1e300).
    var squares: DoubleDouble { scaledSquares / scale / scale }
    var lagOneProducts: DoubleDouble { scaledLagOneProducts / scale / scale }
    /// √(Σd² / divisor), finite whenever the values are: taken on the scaled sums, then unscaled.
    func rootMeanSquare(dividingBy divisor: Double) -> DoubleDouble {
        (scaledSquares / divisor).squareRoot() / scale
    }
    /// Whether the values vary at all.
    var varies: Bool { scaledSquares.hi > 0 }
    /// Σd³ / (Σd²)^{3/2}, independent of the scale.
    var standardizedCubes: DoubleDouble { scaledCubes / (scaledSquares * scaledSquares.squareRoot()) }
    /// Σd⁴ / (Σd²)², independent of the scale.
    var standardizedFourthPowers: DoubleDouble { scaledFourthPowers / (scaledSquares * scaledSquares) }
    /// Σdᵢdᵢ₋₁ / Σd², independent of the scale.
    var lagOneRatio: DoubleDouble { scaledLagOneProducts / scaledSquares }
}
