import Foundation
import Report

/// The text a spreadsheet shows for a cell's value in its number format: the page shows the workbook's own
/// cached values through the same formats (`NumberFormat`) the writer hands to Excel.
enum CellDisplay {
    static func text(of cell: ReportCell) -> String {
        switch cell.content {
        case .empty: return ""
        case .value(let value), .formula(_, cached: let value): return text(of: value.spreadsheetSafe, format: cell.format)
        }
    }

    static func text(of value: ReportValue, format: NumberFormat) -> String {
        switch value {
        case .number(let number): return text(of: number, format: format)
        case .text(let text): return text
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let error): return error.literal
        }
    }

    /// What Excel shows for `value` in `format`.
    static func text(of value: Double, format: NumberFormat) -> String {
        guard value.isFinite else { return SpreadsheetError.notAvailable.literal }
        switch format {
        case .general: return general(value)
        case .integer: return grouped(String(format: "%.0f", value))
        case .decimals(let places): return grouped(String(format: "%.\(max(0, places))f", value))
        case .percent(let places): return String(format: "%.\(max(0, places))f", value * 100) + "%"
        case .pValue: return value < 0.001 ? excelScientific(value, places: 2) : String(format: "%.4f", value)
        case .scientific(let places): return excelScientific(value, places: max(0, places))
        case .date: return format.approximateDisplay(of: value)
        }
    }

    /// Excel's General format in a default-width cell: at most 11 characters, scientific notation for very
    /// large or very small magnitudes, trailing zeros dropped.
    static func general(_ value: Double) -> String {
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e11 || magnitude < 1e-9 { return excelScientific(value, places: 5) }
        if value == value.rounded(), magnitude < 1e11 { return String(Int64(value)) }
        let integerDigits = max(1, Int(log10(magnitude).rounded(.down)) + 1)
        let room = 11 - (value < 0 ? 1 : 0) - integerDigits - 1
        if room < 1 { return String(Int64(value.rounded())) }
        if magnitude < 1e-4 { return excelScientific(value, places: 5) }
        var text = String(format: "%.\(room)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `1.23E-05` (Excel's two-digit exponent) rather than C's `1.23e-05`.
    static func excelScientific(_ value: Double, places: Int) -> String {
        String(format: "%.\(places)E", value)
    }

    /// Thousands separators in the integer part of a plain decimal rendering.
    static func grouped(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = Array(parts[0])
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (negative ? "-" : "") + out + (parts.count > 1 ? "." + parts[1] : "")
    }
}
