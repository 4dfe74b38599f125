/// The ToolPak's Descriptive Statistics for one variable, plus quartiles, percentiles, population
/// moments, the coefficient of variation and the lag-1 autocorrelation.
///
/// Definitions follow Excel's worksheet functions (`AVERAGE`, `STDEV.S`, `KURT`, `SKEW`,
/// `MODE.SNGL`, `LARGE`, `SMALL`, `CONFIDENCE.T`, `QUARTILE.INC/EXC`). A statistic Excel would show
/// as an error is nil here, with an `AnalysisNote` saying why.
public struct DescriptiveStatistics: Codable, Sendable, Equatable {
    /// Number of numeric values used (`COUNT`).
    public let count: Int
    /// Number of empty or non-numeric entries that were skipped.
    public let missingCount: Int
    /// Arithmetic mean (`AVERAGE`), from a double-double sum.
    public let mean: Double
    /// s/√n; nil for n < 2.
    public let standardError: Double?
    /// `MEDIAN`.
    public let median: Double
    /// Most frequent value, first-occurring on ties; nil when no value repeats.
    public let mode: Double?
    /// Sample standard deviation s (divisor n−1); nil for n < 2.
    public let standardDeviation: Double?
    /// Sample variance s² (divisor n−1); nil for n < 2.
    public let variance: Double?
    /// Population variance (divisor n, `VAR.P`).
    public let populationVariance: Double?
    /// Population standard deviation (`STDEV.P`).
    public let populationStandardDeviation: Double
    /// Excess kurtosis as `KURT`; nil for n < 4 or zero variance.
    public let kurtosis: Double?
    /// Skewness as `SKEW`; nil for n < 3 or zero variance.
    public let skewness: Double?
    /// Maximum − minimum.
    public let range: Double
    /// `MIN`.
    public let minimum: Double
    /// `MAX`.
    public let maximum: Double
    /// `SUM`, rounded once from a double-double sum.
    public let sum: Double
    /// The k of `kthLargest` / `kthSmallest`.
    public let k: Int
    /// `LARGE(r, k)`; nil when k is outside 1…n.
    public let kthLargest: Double?
    /// `SMALL(r, k)`; nil when k is outside 1…n.
    public let kthSmallest: Double?
    /// The confidence level of `confidenceHalfWidth`, e.g. 0.95.
    public let confidenceLevel: Double
    /// t(1−α/2, n−1)·s/√n, the ToolPak's "Confidence Level" row; nil for n < 2.
    public let confidenceHalfWidth: Double?
    /// s / mean; nil when n < 2 or the mean is 0.
    public let coefficientOfVariation: Double?
    /// `QUARTILE.INC` for q = 0…4 (minimum, Q1, median, Q3, maximum).
    public let quartilesInclusive: [Double]
    /// `QUARTILE.EXC` for q = 1…3; an entry is nil when n is too small for it.
    public let quartilesExclusive: [Double?]
    /// Σ(xᵢ−x̄)(xᵢ₋₁−x̄) / Σ(xᵢ−x̄)² (NIST StRD's lag-1 autocorrelation); nil for n < 2 or zero variance.
    public let lagOneAutocorrelation: Double?
    /// Why any optional above is nil.
    public let notes: [AnalysisNote]

    /// Computes the statistics of finite values.
    /// - Parameters:
    ///   - confidenceLevel: level of the mean's confidence half-width, 0 < level < 1 (ToolPak default 0.95).
    ///   - k: rank for the k-th largest and smallest value (ToolPak default 1).
    /// - Throws: `AnalysisError.tooFewObservations` for no values, `.nonFiniteValue` for NaN/±∞,
    ///   `.invalidParameter` for a level outside (0, 1).
    public static func compute(_ values: [Double], confidenceLevel: Double = 0.95,
                               k: Int = 1) throws -> DescriptiveStatistics {
        try compute(values, missingCount: 0, name: "values", confidenceLevel: confidenceLevel, k: k)
    }

    /// Computes the statistics of a variable, skipping its missing entries (nil or not finite),
    /// which are counted in `missingCount`.
    public static func compute(_ variable: Variable, confidenceLevel: Double = 0.95,
                               k: Int = 1) throws -> DescriptiveStatistics {
        let present = variable.values.compactMap { $0 }.filter(\.isFinite)
        return try compute(present, missingCount: variable.values.count - present.count, name: variable.name,
                           confidenceLevel: confidenceLevel, k: k)
    }

    private static func compute(_ values: [Double], missingCount: Int, name: String,
                                confidenceLevel: Double, k: Int) throws -> DescriptiveStatistics {
        guard !values.isEmpty else {
            throw AnalysisError.tooFewObservations(procedure: .descriptiveStatistics(variable: name), needed: 1, found: 0)
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw AnalysisError.nonFiniteValue(variable: name, index: bad)
        }
        guard confidenceLevel > 0, confidenceLevel < 1 else {
            throw AnalysisError.invalidParameter(name: "confidenceLevel", value: confidenceLevel,
                                                 requirement: .probability)
        }
        return DescriptiveStatistics(values: values, missingCount: missingCount,
                                     confidenceLevel: confidenceLevel, k: k)
    }
}
