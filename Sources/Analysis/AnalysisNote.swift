/// Why a figure is absent, needs a caveat, or differs from what Excel's Analysis ToolPak prints.
/// Results carry these instead of NaN or garbage, so a report can say, for example,
/// "Mode: none (no value repeats)".
public struct AnalysisNote: Codable, Sendable, Equatable, Hashable {
    /// What the note is about: a statistic ("kurtosis", "t Stat"), a model column ("x2"),
    /// a pair of variables or a table cell.
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
        /// No value occurs more than once (Excel `MODE.SNGL` gives `#N/A`).
        case noValueRepeats
        /// The figure needs at least this many observations (Excel `#DIV/0!`).
        case needsAtLeast(Int)
        /// The figure is defined for at most this many observations (Shapiro–Wilk's p-value, up to 5000).
        case needsAtMost(Int)
        /// The figure divides by a variance (or standard error) that is zero: all values are equal.
        case zeroVariance
        /// The mean is zero, so a ratio to it (coefficient of variation) is undefined.
        case zeroMean
        /// The requested rank or percentile lies outside the data (Excel `#NUM!`).
        case outOfRange
        /// The column is (numerically) a linear combination of the listed earlier columns and was
        /// left out of the fit; its coefficient is not estimable.
        case aliased(with: [String])
        /// The column does not vary; with an intercept it is aliased with it.
        case constant
        /// The fitted columns are nearly collinear: coefficients are sensitive to rounding of the data.
        case nearCollinear(conditionNumber: Double)
        /// The residual sum of squares is zero: F is infinite and standard errors are zero.
        case exactFit
        /// An observation has leverage 1, so its HC3 weight is undefined.
        case leverageOne
        /// The figure lies beyond the Double range (e.g. the variance of values near 1e300), so it is left out.
        case beyondDoubleRange
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
        /// An analysis of variance whose error sum of squares is zero, so F is undefined. The regression's
        /// `exactFit` in ANOVA terms; kept apart because its name is a key of the JSON output.
        case zeroErrorVariance
    }
}
