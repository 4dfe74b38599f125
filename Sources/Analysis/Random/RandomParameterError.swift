/// A sampler was asked for a distribution that does not exist (e.g. a negative standard deviation).
///
/// Each case names the parameter and carries the offending value so the caller (an exercise spec,
/// a CLI option) can point at the exact setting to fix.
public enum RandomParameterError: Error, Equatable, Sendable {
    /// A parameter that must be finite was NaN or infinite.
    case notFinite(parameter: String, value: Double)
    /// A parameter that must be ≥ 0 was not.
    case negative(parameter: String, value: Double)
    /// A parameter that must be > 0 was not, as a pattern's step or repeat count.
    case notPositive(parameter: String, value: Double)
    /// A parameter above what the sampler supports in reasonable time or exactly.
    case tooLarge(parameter: String, value: Double, limit: Double)
    /// A patterned run longer than `limit` values.
    case patternTooLong(length: Double, limit: Double)
    /// A range whose lower bound lies above its upper bound.
    case emptyRange(lower: Double, upper: Double)
    /// Categorical weights that are empty, contain a negative or non-finite entry, or sum to zero.
    case invalidWeights([Double])
    /// A probability outside [0, 1].
    case probabilityOutOfRange(Double)
}
