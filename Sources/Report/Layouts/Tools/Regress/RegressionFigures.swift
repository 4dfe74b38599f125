/// The figures of one coefficient row of the Regression tool's output.
public struct CoefficientFigures: Sendable, Hashable {
    /// The estimate (0 for the intercept of a model without one); nil for a term that could not be
    /// estimated because it duplicates others (shown as `#N/A`).
    public var estimate: Double?
    /// Standard error; nil where the ToolPak prints `#N/A` (the intercept of a model without one).
    public var standardError: Double?
    /// t statistic.
    public var t: Double?
    /// Two-sided p-value.
    public var p: Double?
    /// Lower bound of the 95 % interval.
    public var lower95: Double?
    /// Upper bound of the 95 % interval.
    public var upper95: Double?
    /// Lower bound at the user's confidence level (the same as the 95 % one by default).
    public var lowerAtLevel: Double?
    /// Upper bound at the user's confidence level.
    public var upperAtLevel: Double?

    /// Creates a coefficient row.
    public init(estimate: Double?, standardError: Double?, t: Double?, p: Double?, lower95: Double?, upper95: Double?,
                lowerAtLevel: Double?, upperAtLevel: Double?) {
        self.estimate = estimate
        self.standardError = standardError
        self.t = t
        self.p = p
        self.lower95 = lower95
        self.upper95 = upper95
        self.lowerAtLevel = lowerAtLevel
        self.upperAtLevel = upperAtLevel
    }
}

/// The figures of a least-squares fit, as the regression layout needs them.
///
/// `Analysis`'s result type conforms in `RegressionFigures+Analysis.swift`; tests may supply reference values.
/// Figures that can be undefined (e.g. R² when y is constant) are optional and shown as `#DIV/0!`.
public protocol RegressionFigures {
    /// Whether the model has an intercept (false: the ToolPak's "Constant is Zero").
    var hasIntercept: Bool { get }
    /// Observations used.
    var observationCount: Int { get }
    /// √R².
    var multipleR: Double? { get }
    /// R² (uncentered without an intercept).
    var rSquare: Double? { get }
    /// R² adjusted for the number of coefficients.
    var adjustedRSquare: Double? { get }
    /// Standard error of the estimate.
    var standardError: Double? { get }
    /// Degrees of freedom of the ANOVA rows.
    var degreesOfFreedom: (regression: Int, residual: Int, total: Int) { get }
    /// Sums of squares of the ANOVA rows.
    var sumsOfSquares: (regression: Double, residual: Double, total: Double) { get }
    /// The regression F statistic.
    var f: Double? { get }
    /// The F statistic's right-tail probability.
    var significanceF: Double? { get }
    /// The user's extra confidence level (0.95 unless changed).
    var confidenceLevel: Double { get }
    /// Coefficient rows: the intercept first (also for a model without one, where it is 0), then one per predictor.
    var coefficients: [CoefficientFigures] { get }
    /// Fitted values, in observation order.
    var predicted: [Double] { get }
    /// Residuals y − ŷ, in observation order.
    var residuals: [Double] { get }
    /// The ToolPak's standard residuals e / √(SSE/(n − 1)), in observation order (empty when unknown).
    var standardResiduals: [Double] { get }
    /// The observed y sorted ascending, for the probability output.
    var sortedY: [Double] { get }
}
