import Report

/// `--confidence` is a percentage, as in the ToolPak's dialog (95, not 0.95).
package enum ConfidencePercent {
    /// The level as a fraction of one.
    /// - Throws: `ProcedureError.confidencePercent` unless 1 < `percent` < 100: 0.95 would otherwise be
    ///   taken as a 0.95 % interval, which no one means.
    package static func level(_ percent: Double) throws -> Double {
        guard percent > 1, percent < 100 else { throw ProcedureError.confidencePercent(given: percent) }
        return percent / 100
    }
}
