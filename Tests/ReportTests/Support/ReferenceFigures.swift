import Report
import TestSupport

/// The generated reference values presented through the layouts' figure protocols.
struct ReferenceDescriptiveFigures: DescriptiveFigures {
    func value(of statistic: Labels.Descriptive) -> Double? {
        let r = ReferenceValues.Descriptive.self
        switch statistic {
        case .title, .mode: return nil  // no value of the example repeats, so the mode is undefined
        case .mean: return r.mean
        case .standardError: return r.standardError
        case .median: return r.median
        case .standardDeviation: return r.standardDeviation
        case .sampleVariance: return r.sampleVariance
        case .kurtosis: return r.kurtosis
        case .skewness: return r.skewness
        case .range: return r.range
        case .minimum: return r.minimum
        case .maximum: return r.maximum
        case .sum: return r.sum
        case .count: return r.count
        }
    }

    var largest: (k: Int, value: Double?)? { (2, ReferenceValues.Descriptive.largest2) }
    var smallest: (k: Int, value: Double?)? { (2, ReferenceValues.Descriptive.smallest2) }
    var confidence: (level: Double, halfWidth: Double?)? { (0.95, ReferenceValues.Descriptive.confidenceHalfWidth95) }
}

struct ReferenceRegressionFigures: RegressionFigures {
    let reference: RegressionReference
    let hasIntercept: Bool
    /// Replaces the reference standard residuals, to provoke warnings.
    var replacedStandardResiduals: [Double]? = nil

    var observationCount: Int { ReferenceValues.y.count }
    var multipleR: Double? { reference.multipleR }
    var rSquare: Double? { reference.rSquare }
    var adjustedRSquare: Double? { reference.adjustedRSquare }
    var standardError: Double? { reference.standardError }
    var degreesOfFreedom: (regression: Int, residual: Int, total: Int) {
        let residual = Int(reference.dfResidual)
        let total = Int(reference.dfTotal)
        return (total - residual, residual, total)
    }
    var sumsOfSquares: (regression: Double, residual: Double, total: Double) {
        (reference.ssRegression, reference.ssResidual, reference.ssTotal)
    }
    var f: Double? { reference.f }
    var significanceF: Double? { reference.significanceF }
    var confidenceLevel: Double { 0.95 }
    var coefficients: [CoefficientFigures] {
        let rows = reference.coefficients.indices.map { i in
            CoefficientFigures(estimate: reference.coefficients[i], standardError: reference.standardErrors[i],
                               t: reference.tStats[i], p: reference.pValues[i],
                               lower95: reference.lower95[i], upper95: reference.upper95[i],
                               lowerAtLevel: reference.lower95[i], upperAtLevel: reference.upper95[i])
        }
        let forcedIntercept = CoefficientFigures(estimate: 0, standardError: nil, t: nil, p: nil, lower95: nil, upper95: nil,
                                                 lowerAtLevel: nil, upperAtLevel: nil)
        return hasIntercept ? rows : [forcedIntercept] + rows
    }
    var predicted: [Double] { reference.predicted }
    var residuals: [Double] { reference.residuals }
    var standardResiduals: [Double] { replacedStandardResiduals ?? reference.standardResiduals }
    var sortedY: [Double] { ReferenceValues.Probability.sortedY }
}
