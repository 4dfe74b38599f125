/// A caveat attached to the result of a test tool (t-tests, ANOVA, cross tabulation, …): why a
/// figure is absent, or how it differs from what Excel's Analysis ToolPak prints.
public struct ToolNote: Codable, Sendable, Equatable, Hashable {
    /// What the note is about: a figure ("t Stat"), a variable or a table cell.
    public let subject: String
    /// The reason, in a form a report can translate.
    public let reason: Reason

    /// Creates a note.
    public init(subject: String, reason: Reason) {
        self.subject = subject
        self.reason = reason
    }

    /// Machine-readable reasons.
    public enum Reason: Codable, Sendable, Equatable, Hashable {
        /// The figure divides by a variance (or standard error) that is zero.
        case zeroVariance
        /// The figure needs at least this many observations.
        case needsAtLeast(Int)
        /// The ToolPak rounds the Welch degrees of freedom; its p-value and critical values use the
        /// rounded value, `T.TEST(…, 3)` the exact one (reported separately).
        case welchDegreesOfFreedomRounded(exact: Double, rounded: Double)
        /// Rows missing one value of a pair were left out (the ToolPak would mis-pair them).
        case incompletePairsDropped(count: Int)
        /// Cells with an expected count below 5, where the chi-square approximation is doubtful.
        case expectedCountBelowFive(cells: Int, smallest: Double)
        /// The correlation is ±1, so its t statistic is infinite and the p-value is 0.
        case perfectCorrelation
        /// Spearman's p-value uses the t approximation (as SciPy's `spearmanr`), which is rough for so
        /// few pairs; an exact permutation test would differ.
        case approximateSpearmanPValue(count: Int)
        /// The residual (error) sum of squares is zero, so F is undefined.
        case zeroErrorVariance
        /// Fewer than two distinct values.
        case constantValues
    }
}
