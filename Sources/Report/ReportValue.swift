/// A value a report writes in a cell, or the value it caches with a formula (the cells read from a workbook are
/// `CellValue`s, which also carry dates, durations and any error text found).
public enum ReportValue: Codable, Sendable, Hashable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case error(SpreadsheetError)

    /// The value with non-finite numbers replaced by `#N/A`: spreadsheets have no NaN or infinity,
    /// so such a figure is shown as "not available" rather than as a misleading number.
    public var spreadsheetSafe: ReportValue {
        if case .number(let value) = self, !value.isFinite { return .error(.notAvailable) }
        return self
    }
}
