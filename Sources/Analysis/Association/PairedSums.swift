/// Centred sums of two equally long samples in double-double (two-pass; numerics reference §2):
/// Sxx = Σ(x−x̄)², Syy = Σ(y−ȳ)², Sxy = Σ(x−x̄)(y−ȳ). Pearson's r and both covariances come from them.
struct PairedSums: Sendable {
    let count: Int
    let xx: DoubleDouble
    let yy: DoubleDouble
    let xy: DoubleDouble

    init(_ x: [Double], _ y: [Double]) {
        let n = min(x.count, y.count)
        count = n
        let mx = n > 0 ? DoubleDouble.sum(x.prefix(n)) / Double(n) : .zero
        let my = n > 0 ? DoubleDouble.sum(y.prefix(n)) / Double(n) : .zero
        var xx = DoubleDouble.zero, yy = DoubleDouble.zero, xy = DoubleDouble.zero
        for i in 0..<n {
            let dx = DoubleDouble(x[i]) - mx, dy = DoubleDouble(y[i]) - my
            xx += dx * dx
            yy += dy * dy
            xy += dx * dy
        }
        self.xx = xx
        self.yy = yy
        self.xy = xy
    }

    /// Pearson's r = Sxy/√(Sxx·Syy); nil when a sample is constant or there are fewer than 2 pairs.
    var pearson: Double? {
        guard count >= 2, xx.hi > 0, yy.hi > 0 else { return nil }
        let r = (xy / (xx.squareRoot() * yy.squareRoot())).value
        return min(1, max(-1, r))
    }

    /// Σ(x−x̄)(y−ȳ)/n (Excel `COVARIANCE.P`, the ToolPak's Covariance tool); nil when n = 0.
    var populationCovariance: Double? { count > 0 ? (xy / Double(count)).value : nil }

    /// Σ(x−x̄)(y−ȳ)/(n−1) (Excel `COVARIANCE.S`); nil when n < 2.
    var sampleCovariance: Double? { count > 1 ? (xy / Double(count - 1)).value : nil }
}
