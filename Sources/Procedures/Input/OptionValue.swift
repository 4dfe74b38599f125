import Report
import Analysis

/// Checks of numeric settings, made as soon as the bound is known, so that a mistyped value is told with the
/// option's own name in the participant's language rather than by the analysis' parameter name.
package enum OptionValue {
    /// Throws `ProcedureError.optionOutOfRange` unless `value` lies in `range`.
    package static func require(_ value: Double, option: String, in range: ParameterRequirement) throws {
        guard range.isMet(by: value) else { throw ProcedureError.optionOutOfRange(option: option, given: value, range: range) }
    }
}
