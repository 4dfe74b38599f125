/// The figures of one coefficient row of the Regression tool's output.
public struct CoefficientFigures: Sendable, Hashable {
    /// The estimate (0 for the intercept of a model without one).
    public var estimate: Double
    /// Standard error; nil where the ToolPak prints `#N/A` (the intercept of a model without one).
    public var standardError: Double?
    /// t statistic.
    public var t: Double?
    /// Two-sided p-value.
    public var p: Double?
    /// Bounds of the 95 % interval.
    public var lower95: Double?
    public var upper95: Double?
    /// Bounds of the interval at the user's confidence level (the same as the 95 % ones by default).
    public var lowerAtLevel: Double?
    public var upperAtLevel: Double?

    /// Creates a coefficient row.
    public init(estimate: Double, standardError: Double?, t: Double?, p: Double?, lower95: Double?, upper95: Double?,
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
    var multipleR: Double? { get }
    var rSquare: Double? { get }
    var adjustedRSquare: Double? { get }
    /// Standard error of the estimate.
    var standardError: Double? { get }
    /// Degrees of freedom of the ANOVA rows.
    var degreesOfFreedom: (regression: Int, residual: Int, total: Int) { get }
    /// Sums of squares of the ANOVA rows.
    var sumsOfSquares: (regression: Double, residual: Double, total: Double) { get }
    var f: Double? { get }
    var significanceF: Double? { get }
    /// The user's extra confidence level (0.95 unless changed).
    var confidenceLevel: Double { get }
    /// Coefficient rows: the intercept first (also for a model without one, where it is 0), then one per predictor.
    var coefficients: [CoefficientFigures] { get }
    /// Fitted values, residuals and the ToolPak's standard residuals, in observation order.
    var predicted: [Double] { get }
    var residuals: [Double] { get }
    var standardResiduals: [Double] { get }
    /// The observed y sorted ascending, for the probability output.
    var sortedY: [Double] { get }
}
