/// A prediction for new predictor values with its confidence interval for the mean response
/// and its prediction interval for a new observation.
public struct RegressionPrediction: Codable, Sendable, Equatable {
    /// ŷ = x₀ᵀβ̂.
    public let predicted: Double
    /// s·√(x₀ᵀ(XᵀX)⁻¹x₀), the standard error of the fitted mean.
    public let standardErrorOfMean: Double
    /// s·√(1 + x₀ᵀ(XᵀX)⁻¹x₀), the standard error for a new observation.
    public let standardErrorOfPrediction: Double
    /// ŷ ∓ t·standardErrorOfMean.
    public let meanInterval: ConfidenceInterval
    /// ŷ ∓ t·standardErrorOfPrediction.
    public let predictionInterval: ConfidenceInterval
}

extension RegressionResult {
    /// Predicts the response at new values of the model's variables (by name), building the terms
    /// in double-double as the fit did. Aliased terms are left out, as in the fit.
    ///
    /// The quadratic form uses the stored (XᵀX)⁻¹, so on designs with a scaled condition number κ
    /// the interval widths carry a relative error of about κ²·u (fine below κ ≈ 1e5).
    /// - Throws: `AnalysisError.unknownVariable`, `.nonFiniteValue`, `.invalidParameter` (level).
    public func predict(_ values: [String: Double], confidenceLevel: Double = 0.95) throws -> RegressionPrediction {
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw AnalysisError.invalidParameter(name: "confidenceLevel", value: confidenceLevel,
                                                 requirement: .probability)
        }
        for (name, value) in values where !value.isFinite {
            throw AnalysisError.nonFiniteValue(variable: name, index: 0)
        }
        let termCoefficients = hasIntercept ? Array(coefficients.dropFirst()) : coefficients
        var row = hasIntercept ? [DoubleDouble(1)] : []
        var beta = hasIntercept ? [coefficients[0].estimate ?? 0] : []
        for (term, coefficient) in zip(terms, termCoefficients) {
            guard let estimate = coefficient.estimate else { continue }
            row.append(try term.value { name in
                guard let value = values[name] else { throw AnalysisError.unknownVariable(name: name) }
                return value
            })
            beta.append(estimate)
        }
        let predicted = zip(row, beta).reduce(DoubleDouble.zero) { $0 + $1.0 * $1.1 }.value
        var quadratic = DoubleDouble.zero
        for (i, xi) in row.enumerated() {
            for (j, xj) in row.enumerated() { quadratic += xi * xj * unscaledCovariance[i][j] }
        }
        let mse = anova.residual.meanSquare ?? 0
        let seMean = (quadratic * mse).squareRoot().value
        let sePrediction = ((quadratic + 1) * mse).squareRoot().value
        let t = try StudentT(degreesOfFreedom: Double(residualDegreesOfFreedom))
            .twoSidedCriticalValue(alpha: 1 - confidenceLevel)
        return RegressionPrediction(
            predicted: predicted, standardErrorOfMean: seMean, standardErrorOfPrediction: sePrediction,
            meanInterval: ConfidenceInterval(level: confidenceLevel, lower: predicted - t * seMean,
                                             upper: predicted + t * seMean),
            predictionInterval: ConfidenceInterval(level: confidenceLevel, lower: predicted - t * sePrediction,
                                                   upper: predicted + t * sePrediction))
    }
}
