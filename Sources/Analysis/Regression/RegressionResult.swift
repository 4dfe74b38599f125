/// The result of an ordinary least-squares fit: the ToolPak's Regression output plus
/// diagnostics. Parameters are listed intercept first (when present), then the terms in the
/// caller's order; an aliased term keeps its row with nil values and an `AnalysisNote`.
public struct RegressionResult: Codable, Sendable, Equatable {
    /// Name of the response (y).
    public let responseName: String
    /// Whether the model has an intercept; without one, R² and the regression SS are uncentered.
    public let hasIntercept: Bool
    /// The model's terms (without the intercept), in order.
    public let terms: [Term]
    /// Number of observations used.
    /// Number of observations used (n).
    public let observations: Int
    /// Number of estimable parameters (intercept included).
    public let rank: Int
    /// √R²; nil (as R² and adjusted R²) when the total sum of squares is 0 (constant response).
    public let multipleR: Double?
    /// SSR/SST, with SST centered (uncentered, Σy², without intercept).
    public let rSquared: Double?
    /// 1 − (1 − R²)·df_total/df_residual.
    public let adjustedRSquared: Double?
    /// √(SSE/df_residual), the ToolPak's "Standard Error".
    public let standardError: Double
    /// The ANOVA block.
    public let anova: AnovaTable
    /// One row per parameter, intercept first.
    public let coefficients: [Coefficient]
    /// Predicted values, residuals and ToolPak standard residuals, one per observation.
    public let residuals: ResidualOutput
    /// The ToolPak's probability output: percentiles 100(i − ½)/n and y sorted ascending.
    public let probability: ProbabilityOutput
    /// 2-norm condition number of the design with its columns scaled to unit length.
    public let conditionNumber: Double
    /// Σ(eᵢ − eᵢ₋₁)² / Σeᵢ²; nil when the residuals are all zero.
    public let durbinWatson: Double?
    /// (XᵀX)⁻¹ over the estimable parameters, in `coefficients` order (aliased rows skipped).
    public let unscaledCovariance: [[Double]]
    /// Rows left out by listwise deletion (empty when the caller passed complete data).
    public let droppedRows: [CompleteCases.DroppedRow]
    /// Aliased or constant columns, near-collinearity, exact fit, leverage-one observations.
    public let notes: [AnalysisNote]

    /// The residual degrees of freedom n − rank.
    public var residualDegreesOfFreedom: Int { observations - rank }
}

/// The ANOVA block: regression, residual and total rows.
public struct AnovaTable: Codable, Sendable, Equatable {
    /// Regression row: df = rank − 1 (rank without intercept), SS = SST − SSE.
    public let regression: AnovaRow
    /// Residual row: df = n − rank, SS = Σe².
    public let residual: AnovaRow
    /// Total row: df = n − 1 (n without intercept), SS = Σ(y − ȳ)² (Σy² without intercept).
    public let total: AnovaRow
}

/// One ANOVA row; `meanSquare`, `f` and `significanceF` are nil where the ToolPak leaves blanks.
public struct AnovaRow: Codable, Sendable, Equatable {
    /// Degrees of freedom.
    public let degreesOfFreedom: Int
    /// Sum of squares.
    public let sumOfSquares: Double
    /// SS/df (nil for the total row).
    public let meanSquare: Double?
    /// F = MSR/MSE (+∞ for an exact fit is reported as nil with the `exactFit` note).
    public let f: Double?
    /// P(F(df_reg, df_res) > f), computed as an upper tail.
    public let significanceF: Double?
}

/// A confidence interval at one level.
public struct ConfidenceInterval: Codable, Sendable, Equatable {
    /// The level, e.g. 0.95.
    public let level: Double
    /// Estimate − t(1−α/2, df)·SE.
    public let lower: Double
    /// Estimate + t(1−α/2, df)·SE.
    public let upper: Double
}

/// One parameter's row. All optionals are nil for an aliased term; `tStat`, `pValue` and the
/// intervals are nil when the standard error is 0 (exact fit).
public struct Coefficient: Codable, Sendable, Equatable {
    /// "Intercept" or the term's name.
    public let name: String
    /// The least-squares estimate.
    public let estimate: Double?
    /// s·√[(XᵀX)⁻¹]_jj.
    public let standardError: Double?
    /// estimate / standardError.
    public let tStat: Double?
    /// Two-sided p-value from t(df_residual).
    public let pValue: Double?
    /// One interval per requested confidence level, in the order requested.
    public let intervals: [ConfidenceInterval]
    /// β·s_x/s_y; nil for the intercept.
    public let standardized: Double?
    /// Variance inflation factor [(XᵀX)⁻¹]_jj·Σ(x−x̄)² (uncentered Σx² without intercept); nil for the intercept.
    public let varianceInflation: Double?
    /// White's heteroskedasticity-consistent standard error with the n/(n−k) factor (HC1).
    public let hc1StandardError: Double?
    /// MacKinnon–White HC3 standard error (weights eᵢ²/(1−hᵢᵢ)²).
    public let hc3StandardError: Double?
}

/// The ToolPak's residual output.
public struct ResidualOutput: Codable, Sendable, Equatable {
    /// ŷᵢ = xᵢᵀβ with the double-double β (not the rounded β̂ of `coefficients`), then rounded.
    public let predicted: [Double]
    /// eᵢ = yᵢ − xᵢᵀβ in double-double with the double-double β, then rounded: exact to a Double's
    /// precision even when the design is ill-conditioned (a predictor near 1e8).
    public let residuals: [Double]
    /// eᵢ / √(Σe²/(n−1)) from the double-double residuals, the ToolPak's "Standard Residuals" (not the
    /// studentized residual); nil for an exact fit.
    public let standardResiduals: [Double]?
    /// Leverages hᵢᵢ (diagonal of the hat matrix).
    public let leverage: [Double]
}

/// The ToolPak's probability output.
public struct ProbabilityOutput: Codable, Sendable, Equatable {
    /// 100(i − ½)/n for i = 1…n.
    public let percentiles: [Double]
    /// The response sorted ascending.
    public let sortedY: [Double]
}
