import Foundation
import XLSXReader

/// One data cell of a table, typed. Text is kept exactly as the cell holds it.
public enum TableValue: Sendable, Hashable {
    case empty
    case number(Double)
    case text(String)
    /// A calendar date or time (a date-formatted number, or a `t="d"` ISO cell converted to a serial).
    case date(ExcelDate)
    /// Elapsed time; `days` is the stored serial, as Excel computes with it.
    case duration(days: Double)
    case bool(Bool)
    case error(String)

    /// The kind of this value, or nil for an empty cell.
    public var kind: ColumnType? {
        switch self {
        case .empty: nil
        case .number: .number
        case .text: .text
        case .date: .date
        case .duration: .duration
        case .bool: .bool
        case .error: .error
        }
    }

    /// The number Excel's statistics would use: numbers, date serials and duration day counts;
    /// nil for empty cells, text, booleans and errors (Excel's ToolPak and AVERAGE skip those). Dates count in the
    /// 1900 date system of the workbooks we write, whichever system the source used.
    public var numeric: Double? {
        switch self {
        case .number(let value): value
        case .date(let date): date.serial1900
        case .duration(let days): days
        default: nil
        }
    }

    /// Short text for messages and summaries.
    public var displayText: String {
        switch self {
        case .empty: ""
        case .number(let value): NumberText.format(value)
        case .text(let text): text
        case .date(let date): date.isoText ?? NumberText.format(date.serial)
        case .duration: CellValue.duration(days: numeric ?? 0).durationText ?? ""
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .error(let code): code
        }
    }
}

/// What a column holds. `error` is never a column's inferred type, only a value's kind.
public enum ColumnType: String, Sendable, Codable, CaseIterable {
    case number, text, date, duration, bool, error
    /// No values at all.
    case empty
}

/// Number formatting for summaries: integers without a decimal point, others with up to 15 significant digits.
public enum NumberText {
    /// `12` rather than `12.0`; `0.1` rather than `0.1000000000000000055`.
    public static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
