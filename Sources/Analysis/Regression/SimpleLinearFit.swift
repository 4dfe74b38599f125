/// The least-squares line y = a + b·x through paired values and its R², from the centred sums (`PairedSums`, two-pass
/// in double-double): b = Sxy/Sxx, a = ȳ − b·x̄, R² = Sxy²/(Sxx·Syy) (any textbook; numerics reference §2). What a chart's
/// linear trendline is; without `LinearRegression`'s residual and inference output, so it stays cheap on many points.
public struct SimpleLinearFit: Sendable, Hashable {
    public let intercept: Double
    public let slope: Double
    public let rSquared: Double

    /// nil with fewer than 3 pairs (a line through 2 points says nothing) or when x or y is constant.
    public init?(x: [Double], y: [Double]) {
        let n = min(x.count, y.count)
        guard n >= 3 else { return nil }
        let sums = PairedSums(Array(x.prefix(n)), Array(y.prefix(n)))
        guard sums.xx.hi > 0, sums.yy.hi > 0 else { return nil }
        let slope = sums.xy / sums.xx
        let mx = DoubleDouble.sum(x.prefix(n)) / Double(n), my = DoubleDouble.sum(y.prefix(n)) / Double(n)
        self.slope = slope.value
        intercept = (my - slope * mx).value
        rSquared = min(1, (sums.xy * sums.xy / (sums.xx * sums.yy)).value)
    }
}
