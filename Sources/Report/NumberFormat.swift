import Foundation

/// How a number is shown: a semantic choice the writer turns into an Excel number format.
public enum NumberFormat: Codable, Sendable, Hashable {
    /// Excel's General format (what the ToolPak itself writes).
    case general
    /// Whole numbers with thousands separators: `1,234`.
    case integer
    /// Fixed decimals with thousands separators: `.decimals(3)` → `1,234.568`.
    case decimals(Int)
    /// Percentages with the given decimals: `.percent(2)` → `12.34%`.
    case percent(Int)
    /// p-values: four decimals, switching to scientific notation below 0.001 so small p-values never show as 0.0000.
    case pValue
    /// Scientific notation with the given decimals: `1.23E-05`.
    case scientific(Int)
    /// Calendar dates (Excel serial day numbers) shown as `2024-04-01`.
    case date

    /// The Excel number-format code, or nil for General.
    public var excelCode: String? {
        switch self {
        case .general: return nil
        case .integer: return "#,##0"
        case .decimals(let places): return places <= 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: places)
        case .percent(let places): return (places <= 0 ? "0" : "0." + String(repeating: "0", count: places)) + "%"
        case .pValue: return "[<0.001]0.00E+00;0.0000"
        case .scientific(let places): return (places <= 0 ? "0" : "0." + String(repeating: "0", count: places)) + "E+00"
        case .date: return "yyyy-mm-dd"
        }
    }

    /// Approximately the text a spreadsheet shows for `value` in this format; used to size columns,
    /// so it only has to have the right length.
    public func approximateDisplay(of value: Double) -> String {
        guard value.isFinite else { return SpreadsheetError.notAvailable.literal }
        switch self {
        case .general:
            // General shows at most 11 characters, switching to scientific for very large or small
            // magnitudes; Swift's shortest round-trip text is a fast stand-in for its digits.
            let magnitude = abs(value)
            if magnitude != 0 && (magnitude >= 1e11 || magnitude < 1e-4) { return String(format: "%.5E", value) }
            let shortest = value == value.rounded() ? String(Int64(value)) : value.description
            return String(shortest.prefix(11))
        case .integer: return grouped(String(format: "%.0f", value))
        case .decimals(let places): return grouped(String(format: "%.\(max(0, places))f", value))
        case .percent(let places): return String(format: "%.\(max(0, places))f", value * 100) + "%"
        case .pValue: return abs(value) < 0.001 ? String(format: "%.2E", value) : String(format: "%.4f", value)
        case .scientific(let places): return String(format: "%.\(max(0, places))E", value)
        case .date: return "yyyy-mm-dd"
        }
    }

    /// The length of `approximateDisplay(of:)` computed arithmetically, for the fixed-point formats
    /// (nil for the others, whose text must be built).
    public func approximateWidth(of value: Double) -> Int? {
        guard value.isFinite, abs(value) < 1e15 else { return nil }
        let places: Int
        switch self {
        case .general: return approximateDisplay(of: value).count
        case .integer: places = 0
        case .decimals(let decimals): places = max(0, decimals)
        default: return nil
        }
        let scale = (0..<places).reduce(1.0) { product, _ in product * 10 }
        let whole = Int((abs(value) * scale).rounded()) / Int(scale)
        var digits = 1
        var rest = whole / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let sign = value < 0 && (abs(value) * scale).rounded() > 0 ? 1 : 0
        return sign + digits + (digits - 1) / 3 + (places > 0 ? places + 1 : 0)
    }

    /// Inserts thousands separators into the integer part of a plain decimal rendering.
    private func grouped(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = Array(parts[0])
        var groupedDigits = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { groupedDigits.append(",") }
            groupedDigits.append(digit)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groupedDigits + fraction
    }
}

extension NumberFormat {
    /// Fixed decimals showing `digits` significant digits of `value` (at most 6 decimals, none for
    /// large magnitudes): 5 → `5.000`, 0.9129 → `0.9129`, 1234.5 → `1,235`. Whole-number figures such
    /// as counts should use `.integer` instead.
    public static func significant(_ value: Double, digits: Int = 4) -> NumberFormat {
        guard value.isFinite, value != 0 else { return .decimals(max(0, digits - 1)) }
        let magnitude = Int(log10(abs(value)).rounded(.down))
        return .decimals(min(6, max(0, digits - 1 - magnitude)))
    }
}
