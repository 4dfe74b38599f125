/// Checks of numeric settings made before any file is read, so that a mistyped value is told with the
/// option's own name in the participant's language rather than by the analysis' parameter name.
enum OptionValue {
    /// What a setting must be.
    enum Range: Equatable {
        /// Above 0 and below 1, as a significance level or a smoothing constant.
        case probability
        /// Above 0, as a variance.
        case positive
        /// A whole number of at least this much, as an interval or a period.
        case atLeast(Int)
    }

    /// Throws `CLIError.optionOutOfRange` unless `value` lies in `range`.
    static func require(_ value: Double, option: String, in range: Range) throws {
        let fits = switch range {
        case .probability: value > 0 && value < 1
        case .positive: value > 0 && value.isFinite
        case .atLeast(let least): value >= Double(least)
        }
        guard fits else { throw CLIError.optionOutOfRange(option: option, given: value, range: range) }
    }
}
