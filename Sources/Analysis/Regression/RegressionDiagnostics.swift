/// Diagnostics beyond the ToolPak, indexed by pivot position (see `LeastSquaresFit`).
struct RegressionDiagnostics {
    /// Leverages hᵢᵢ = ‖uᵢ‖², uᵢ the i-th row of Q₁ = X R⁻¹.
    let leverage: [Double]
    /// HC1 standard errors: White (1980) with the n/(n−k) small-sample factor (MacKinnon & White 1985).
    let hc1: [Double?]
    /// HC3 standard errors: weights eᵢ²/(1−hᵢᵢ)² (MacKinnon & White 1985); nil if some hᵢᵢ = 1.
    let hc3: [Double?]
    /// β·s_x/s_y.
    let standardized: [Double?]
    /// [(XᵀX)⁻¹]_jj · Σ(x_j − x̄_j)² (centered, with intercept) or · Σx_j² (uncentered, without).
    let varianceInflation: [Double?]
    /// σ_max/σ_min of X with unit-length columns (column scaling commutes with QR: R·D⁻¹).
    let conditionNumber: Double

    init(fit: LeastSquaresFit, intercept: Bool, y: [Double]) {
        let n = y.count
        let p = fit.rank
        let u = fit.orthonormalFactor()
        let h = u.map { row in row.reduce(DoubleDouble.zero) { $0 + $1 * $1 } }
        leverage = h.map(\.value)

        // Sandwich (XᵀX)⁻¹ Xᵀ diag(w) X (XᵀX)⁻¹ = R⁻¹ Uᵀ diag(w) U R⁻ᵀ: its k-th diagonal entry is
        // Σᵢ wᵢ gᵢₖ² with gᵢₖ = (R⁻¹ uᵢ)ₖ, a sum of non-negative terms.
        let g: [[DoubleDouble]] = u.map { row in
            (0..<p).map { k in
                var s = DoubleDouble.zero
                for j in k..<p { s += fit.rInverse[k][j] * row[j] }
                return s
            }
        }
        let squaredResiduals = fit.residuals.map { $0 * $0 }
        func sandwich(_ weights: [DoubleDouble]) -> [Double] {
            (0..<p).map { k in
                zip(weights, g).reduce(DoubleDouble.zero) { $0 + $1.0 * ($1.1[k] * $1.1[k]) }.squareRoot().value
            }
        }
        let hc1Factor = Double(n) / Double(n - p)
        hc1 = sandwich(squaredResiduals.map { $0 * hc1Factor })
        let oneMinusH = h.map { DoubleDouble(1) - $0 }
        if oneMinusH.allSatisfy({ $0.hi > 1e-10 }) {
            hc3 = sandwich(zip(squaredResiduals, oneMinusH).map { $0 / ($1 * $1) })
        } else {
            hc3 = Array(repeating: nil, count: p)
        }

        let covariance = fit.unscaledCovariance()
        let ySpread = Self.centeredSumOfSquares(y.map(DoubleDouble.init))
        var standardized = [Double?]()
        var inflation = [Double?]()
        for (k, column) in fit.qr.pivots.enumerated() {
            let x = fit.columns[column]
            let xSpread = Self.centeredSumOfSquares(x)
            if let beta = fit.beta[column], ySpread.hi > 0 {
                standardized.append(((xSpread / ySpread).squareRoot() * beta).value)
            } else {
                standardized.append(nil)
            }
            let spread = intercept ? xSpread : x.reduce(DoubleDouble.zero) { $0 + $1 * $1 }
            inflation.append((covariance[k][k] * spread).value)
        }
        self.standardized = standardized
        varianceInflation = inflation

        let scaledR = (0..<p).map { k in
            let norm = fit.norm(ofColumn: fit.qr.pivots[k])
            return (0..<p).map { (fit.qr.r[$0][k] / norm).value }
        }
        let sigma = SingularValues.of(columns: scaledR)
        if let largest = sigma.first, let smallest = sigma.last, smallest > 0 {
            conditionNumber = largest / smallest
        } else {
            conditionNumber = p == 0 ? 1 : .infinity
        }
    }

    private static func centeredSumOfSquares(_ x: [DoubleDouble]) -> DoubleDouble {
        let mean = x.reduce(DoubleDouble.zero, +) / Double(x.count)
        return x.reduce(DoubleDouble.zero) { acc, v in let d = v - mean; return acc + d * d }
    }
}
