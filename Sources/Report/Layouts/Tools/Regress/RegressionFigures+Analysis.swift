import Analysis

/// Presents an `Analysis.RegressionResult` to the regression layout.
///
/// The result lists no intercept row for a model without one, while the ToolPak prints an
/// `Intercept` row of 0 and `#N/A`; this view adds it. The 95 % interval and the user's level are
/// picked from the result's intervals by level.
public struct RegressionResultFigures: RegressionFigures {
    /// The fit.
    public let result: RegressionResult
    /// The user's extra confidence level; the result must hold an interval at it and at 0.95.
    public let confidenceLevel: Double

    /// Wraps a fit; `confidenceLevel` is the level of the ToolPak's second pair of bounds.
    public init(_ result: RegressionResult, confidenceLevel: Double = 0.95) {
        self.result = result
        self.confidenceLevel = confidenceLevel
    }

    public var hasIntercept: Bool { result.hasIntercept }
    public var observationCount: Int { result.observations }
    public var multipleR: Double? { result.multipleR }
    public var rSquare: Double? { result.rSquared }
    public var adjustedRSquare: Double? { result.adjustedRSquared }
    public var standardError: Double? { result.standardError }
    public var degreesOfFreedom: (regression: Int, residual: Int, total: Int) {
        (result.anova.regression.degreesOfFreedom, result.anova.residual.degreesOfFreedom, result.anova.total.degreesOfFreedom)
    }
    public var sumsOfSquares: (regression: Double, residual: Double, total: Double) {
        (result.anova.regression.sumOfSquares, result.anova.residual.sumOfSquares, result.anova.total.sumOfSquares)
    }
    public var f: Double? { result.anova.regression.f }
    public var significanceF: Double? { result.anova.regression.significanceF }
    public var predicted: [Double] { result.residuals.predicted }
    public var residuals: [Double] { result.residuals.residuals }
    public var standardResiduals: [Double] { result.residuals.standardResiduals ?? [] }
    public var sortedY: [Double] { result.probability.sortedY }

    /// VIF per predictor, in order (nil where the result has none).
    public var varianceInflation: [Double?] {
        result.coefficients.dropFirst(result.hasIntercept ? 1 : 0).map(\.varianceInflation)
    }

    public var coefficients: [CoefficientFigures] {
        let rows = result.coefficients.map { coefficient in
            let at95 = interval(coefficient, level: 0.95)
            let atLevel = interval(coefficient, level: confidenceLevel)
            return CoefficientFigures(estimate: coefficient.estimate, standardError: coefficient.standardError,
                                      t: coefficient.tStat, p: coefficient.pValue,
                                      lower95: at95?.lower, upper95: at95?.upper,
                                      lowerAtLevel: atLevel?.lower, upperAtLevel: atLevel?.upper)
        }
        guard !result.hasIntercept else { return rows }
        let forcedIntercept = CoefficientFigures(estimate: 0, standardError: nil, t: nil, p: nil, lower95: nil,
                                                 upper95: nil, lowerAtLevel: nil, upperAtLevel: nil)
        return [forcedIntercept] + rows
    }

    /// The interval at `level`; levels are compared to 1e-9 since they come from user input.
    private func interval(_ coefficient: Coefficient, level: Double) -> ConfidenceInterval? {
        coefficient.intervals.first { abs($0.level - level) < 1e-9 }
    }
}
