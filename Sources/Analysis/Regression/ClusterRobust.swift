extension RegressionResult {
    /// Tests and intervals with cluster-robust (Liang–Zeger) standard errors, the sandwich
    /// (XᵀX)⁻¹ (Σ_g s_g s_gᵀ) (XᵀX)⁻¹ with s_g = Σ_{i∈g} xᵢ eᵢ and the small-sample factor
    /// G/(G−1)·(n−1)/(n−k), referred to t(G − 1): statsmodels `cov_type='cluster'` with its default
    /// correction and `use_t=True`, Stata's `vce(cluster)`. The fit, (XᵀX)⁻¹ and residuals are this
    /// result's own; only the middle of the sandwich is new.
    /// - Parameters:
    ///   - clusters: one cluster label per observation used in the fit.
    ///   - data: the variables the fit's terms were built from (as given to `LinearRegression.fit`).
    /// - Returns: one entry per coefficient; all nil when the fit is rank-deficient, or with fewer than two clusters.
    public func clusterInference(clusters: [String], data: [String: [Double]],
                                 confidenceLevels: [Double] = [0.95]) throws -> [CoefficientInference?] {
        for level in confidenceLevels where !(level > 0 && level < 1) {
            throw AnalysisError.invalidParameter(name: "confidenceLevel", value: level, requirement: .probability)
        }
        guard clusters.count == observations else {
            throw AnalysisError.lengthMismatch(variable: "clusters", expected: observations, found: clusters.count)
        }
        let k = coefficients.count
        var order: [String: Int] = [:]
        for label in clusters where order[label] == nil { order[label] = order.count }
        let groups = order.count
        guard rank == k, groups >= 2 else { return Array(repeating: nil, count: k) }
        let columns: [[Double]] = (hasIntercept ? [Array(repeating: 1, count: observations)] : [])
            + (try terms.map { try $0.column(data, rows: observations).map(\.value) })
        var scores = Array(repeating: Array(repeating: DoubleDouble.zero, count: k), count: groups)
        for i in 0..<observations {
            let g = order[clusters[i]]!
            let e = DoubleDouble(residuals.residuals[i])
            for j in 0..<k { scores[g][j] += e * columns[j][i] }
        }
        let bread = unscaledCovariance
        // Each cluster's score mapped through (XᵀX)⁻¹: a_g = (XᵀX)⁻¹ s_g; the variance is c·Σ_g a_g a_gᵀ.
        let mapped: [[DoubleDouble]] = scores.map { s in
            (0..<k).map { r in (0..<k).reduce(DoubleDouble.zero) { $0 + s[$1] * bread[r][$1] } }
        }
        let n = Double(observations)
        let factor = Double(groups) / Double(groups - 1) * (n - 1) / (n - Double(k))
        let t = try StudentT(degreesOfFreedom: Double(groups - 1))
        let critical = confidenceLevels.map { t.twoSidedCriticalValue(alpha: 1 - $0) }
        return coefficients.enumerated().map { j, c in
            guard let estimate = c.estimate else { return nil }
            let variance = mapped.reduce(DoubleDouble.zero) { $0 + $1[j] * $1[j] }.value * factor
            let se = variance.squareRoot()
            let tStat: Double? = se > 0 ? estimate / se : nil
            let intervals = se > 0 ? zip(confidenceLevels, critical).map { level, tc in
                ConfidenceInterval(level: level, lower: estimate - tc * se, upper: estimate + tc * se)
            } : []
            return CoefficientInference(name: c.name, estimate: estimate, standardError: se, tStat: tStat,
                                        pValue: tStat.map { t.twoSidedPValue($0) }, intervals: intervals)
        }
    }
}
