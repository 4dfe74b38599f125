/// A spreadsheet error value, for figures that have no number (e.g. the mode of data where no value
/// repeats is `#N/A`, as in Excel).
public enum SpreadsheetError: String, Codable, Sendable, Hashable, CaseIterable {
    case notAvailable = "#N/A"
    case divisionByZero = "#DIV/0!"
    case number = "#NUM!"
    case value = "#VALUE!"

    /// The error literal as Excel displays it.
    public var literal: String { rawValue }
}

/// A plain value shown in a cell, or the value cached with a formula.
public enum CellValue: Codable, Sendable, Hashable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case error(SpreadsheetError)

    /// The value with non-finite numbers replaced by `#N/A`: spreadsheets have no NaN or infinity,
    /// so such a figure is shown as "not available" rather than as a misleading number.
    public var spreadsheetSafe: CellValue {
        if case .number(let value) = self, !value.isFinite { return .error(.notAvailable) }
        return self
    }
}
