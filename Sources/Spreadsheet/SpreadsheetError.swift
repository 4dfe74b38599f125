/// An error value a report writes for a figure that has no number (e.g. the mode of data where no value repeats
/// is `#N/A`, as in Excel). A cell read from a workbook keeps whatever error text it holds (`CellValue.error`).
public enum SpreadsheetError: String, Codable, Sendable, Hashable, CaseIterable {
    case notAvailable = "#N/A"
    case divisionByZero = "#DIV/0!"
    case number = "#NUM!"
    case value = "#VALUE!"

    /// The error literal as Excel displays it.
    public var literal: String { rawValue }
}
