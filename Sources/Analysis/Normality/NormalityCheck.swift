/// What `bunseki normality` reports for one column: the Shapiro–Wilk test, and skewness and excess
/// kurtosis (Excel's `SKEW` and `KURT`) with their usual standard errors
/// SE(g₁) = √(6n(n − 1)/((n − 2)(n + 1)(n + 3))) and SE(g₂) = 2·SE(g₁)·√((n² − 1)/((n − 3)(n + 5)))
/// (Cramer 1997, *Fundamentals of Statistics for Business and Economics*; as SPSS prints them).
public struct NormalityCheck: Codable, Sendable, Equatable {
    /// The column's name.
    public let name: String
    /// Number of values.
    public let count: Int
    /// W and p; nil above 5000 values or when all values are equal (`notes` says which).
    public let shapiroWilk: ShapiroWilk?
    /// `SKEW`; nil when all values are equal.
    public let skewness: Double?
    /// SE of the skewness.
    public let skewnessStandardError: Double
    /// `KURT` (excess kurtosis, 0 for normal data); nil below 4 values or when all values are equal.
    public let kurtosis: Double?
    /// SE of the kurtosis; nil below 4 values.
    public let kurtosisStandardError: Double?
    /// Why a figure is absent.
    public let notes: [AnalysisNote]

    /// Checks the finite values of `variable` (blanks skipped).
    /// - Throws: `AnalysisError.tooFewObservations` below 3 values.
    public static func compute(_ variable: Variable) throws -> NormalityCheck {
        let values = variable.presentValues
        guard values.count >= ShapiroWilk.minimumCount else {
            throw AnalysisError.tooFewObservations(procedure: .shapiroWilk(variable: variable.name),
                                                   needed: ShapiroWilk.minimumCount, found: values.count)
        }
        let moments = try DescriptiveStatistics.compute(values)
        let n = Double(values.count)
        let skewError = (6 * n * (n - 1) / ((n - 2) * (n + 1) * (n + 3))).squareRoot()
        var notes = moments.notes.filter { $0.subject == "skewness" || $0.subject == "kurtosis" }
        let test = ShapiroWilk.test(values)
        if test == nil {
            notes.append(AnalysisNote(subject: "W", reason: values.count > ShapiroWilk.maximumCount
                                      ? .needsAtMost(ShapiroWilk.maximumCount) : .zeroVariance))
        }
        return NormalityCheck(name: variable.name, count: values.count, shapiroWilk: test, skewness: moments.skewness,
                              skewnessStandardError: skewError, kurtosis: moments.kurtosis,
                              kurtosisStandardError: values.count >= 4
                                  ? 2 * skewError * ((n * n - 1) / ((n - 3) * (n + 5))).squareRoot() : nil,
                              notes: notes)
    }
}
