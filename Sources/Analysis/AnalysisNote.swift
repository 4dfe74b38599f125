/// Why a statistic is absent or needs a caveat. Results carry these instead of NaN or garbage,
/// so a report can say, for example, "Mode: none (no value repeats)".
public struct AnalysisNote: Codable, Sendable, Equatable, Hashable {
    /// What the note is about: a statistic ("kurtosis") or a model column ("x2").
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
        /// The statistic needs at least this many observations (Excel `#DIV/0!`).
        case needsAtLeast(Int)
        /// All values are equal, so a division by the standard deviation is undefined.
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
    }
}
