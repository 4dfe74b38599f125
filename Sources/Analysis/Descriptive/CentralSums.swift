/// Two-pass central sums accumulated in double-double (numerics reference §2; Chan, Golub &
/// LeVeque 1983): the mean is a double-double sum divided by n, each deviation xᵢ − m is formed
/// in double-double, and Σd², Σd³, Σd⁴ and Σdᵢdᵢ₋₁ are double-double sums. This reaches the best
/// accuracy a Double input allows on every NIST StRD univariate set.
struct CentralSums: Sendable {
    let count: Int
    let sum: DoubleDouble
    let mean: DoubleDouble
    let squares: DoubleDouble
    let cubes: DoubleDouble
    let fourthPowers: DoubleDouble
    let lagOneProducts: DoubleDouble

    init(_ values: [Double]) {
        count = values.count
        sum = DoubleDouble.sum(values)
        mean = values.isEmpty ? .zero : sum / Double(values.count)
        var s2 = DoubleDouble.zero, s3 = DoubleDouble.zero, s4 = DoubleDouble.zero, lag = DoubleDouble.zero
        var previous: DoubleDouble?
        for x in values {
            let d = DoubleDouble(x) - mean
            let d2 = d * d
            s2 += d2
            s3 += d2 * d
            s4 += d2 * d2
            if let previous { lag += d * previous }
            previous = d
        }
        squares = s2
        cubes = s3
        fourthPowers = s4
        lagOneProducts = lag
    }
}
