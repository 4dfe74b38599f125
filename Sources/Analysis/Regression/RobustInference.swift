/// Which standard errors to base coefficient tests and intervals on.
public enum StandardErrorKind: String, Codable, Sendable, CaseIterable {
    /// s·√[(XᵀX)⁻¹]_jj, as the ToolPak.
    case classical
    /// White's heteroskedasticity-consistent errors with the n/(n−k) factor.
    case hc1
    /// MacKinnon–White HC3 (leverage-adjusted; preferable for small samples).
    case hc3
}

/// A coefficient's test and intervals under a chosen kind of standard error.
public struct CoefficientInference: Codable, Sendable, Equatable {
    /// "Intercept" or the term's name.
    public let name: String
    /// The least-squares estimate.
    public let estimate: Double
    /// The standard error of the chosen kind.
    public let standardError: Double
    /// estimate / standardError; nil when the standard error is 0.
    public let tStat: Double?
    /// Two-sided p-value from t(n − rank); nil when the standard error is 0.
    public let pValue: Double?
    /// One interval per requested level.
    public let intervals: [ConfidenceInterval]
}

extension RegressionResult {
    /// Tests and intervals for every estimable coefficient using the chosen standard errors,
    /// with the t(n − rank) reference distribution (statsmodels `use_t=True`, Stata's convention).
    /// Aliased coefficients, and HC3 when some leverage is 1, give nil entries.
    public func inference(_ kind: StandardErrorKind,
                          confidenceLevels: [Double] = [0.95]) throws -> [CoefficientInference?] {
        for level in confidenceLevels where !(level > 0 && level < 1) {
            throw AnalysisError.invalidParameter(name: "confidenceLevel", value: level,
                                                 requirement: .probability)
        }
        let t = try StudentT(degreesOfFreedom: Double(residualDegreesOfFreedom))
        let critical = confidenceLevels.map { t.twoSidedCriticalValue(alpha: 1 - $0) }
        return coefficients.map { c in
            let se: Double? = switch kind {
            case .classical: c.standardError
            case .hc1: c.hc1StandardError
            case .hc3: c.hc3StandardError
            }
            guard let estimate = c.estimate, let se else { return nil }
            let tStat: Double? = se > 0 ? estimate / se : nil
            let intervals = se > 0 ? zip(confidenceLevels, critical).map { level, tc in
                ConfidenceInterval(level: level, lower: estimate - tc * se, upper: estimate + tc * se)
            } : []
            return CoefficientInference(name: c.name, estimate: estimate, standardError: se, tStat: tStat,
                                        pValue: tStat.map { t.twoSidedPValue($0) }, intervals: intervals)
        }
    }
}
