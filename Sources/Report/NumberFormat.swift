import Foundation
import Spreadsheet

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
    /// p-values: four decimals, switching to scientific notation below 0.0001 so small p-values never show as 0.0000
    /// (and E-notation, which participants read poorly, appears only where four decimals would show no digit).
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
        case .pValue: return "[<0.0001]0.00E+00;0.0000"
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
            // General shows at most 11 characters, switching to scientific for very large or small magnitudes, and
            // rounds the last digit it shows (31.616666666 → 31.61666667): never cut the text, or a reading quoting it
            // would disagree with the cell in its last digit.
            let magnitude = abs(value)
            if magnitude != 0 && (magnitude >= 1e11 || magnitude < 1e-4) { return String(format: "%.5E", value) }
            if value == value.rounded() { return String(Int64(value)) }
            let wholeDigits = magnitude < 1 ? 1 : Int(log10(magnitude).rounded(.down)) + 1
            var text = String(format: "%.\(max(0, 10 - wholeDigits))f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        case .integer: return grouped(Self.fixed(value, places: 0))
        case .decimals(let places): return grouped(Self.fixed(value, places: places))
        case .percent(let places): return Self.fixed(value * 100, places: places) + "%"
        case .pValue: return abs(value) < 0.0001 ? String(format: "%.2E", value) : String(format: "%.4f", value)
        case .scientific(let places): return String(format: "%.\(max(0, places))E", value)
        case .date:
            // Serial 25569 is 1970-01-01 in the 1900 date system (the only one we write).
            guard value.isFinite, value >= 61, value < 2_958_466 else { return Self.fixed(value, places: 0) }
            let civil = CivilCalendar.date(fromDaysSince1970: Int(value.rounded(.down)) - 25_569)
            return CivilCalendar.isoText(year: civil.year, month: civil.month, day: civil.day)
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

    /// `value` with `places` decimals rounded as a spreadsheet shows it: half away from zero on the value's 15
    /// significant decimal digits (8.125 → 8.13, 1.005 → 1.01), where printf would round 8.125 to even (8.12) and
    /// 1.005 by its binary value (1.00); a reading quoting the figure then agrees with the cell.
    static func fixed(_ value: Double, places: Int) -> String {
        let places = max(0, places)
        let scale = (0..<places).reduce(1.0) { product, _ in product * 10 }
        let scaled = value * scale
        guard abs(scaled) < 1e15 else { return String(format: "%.\(places)f", value) }
        // Rounding to 15 significant digits moves `scaled` by at most 5e-14 of its size, which can only change
        // the rounding to a whole number near a half. Elsewhere it is skipped: `String(format:)` per figure was a
        // tenth of writing a regression's workbook of 20,000 rows.
        let fraction = abs(scaled) - abs(scaled).rounded(.down)
        let decimal: Double
        if abs(fraction - 0.5) > 1e-13 * max(1, abs(scaled)) {
            decimal = scaled
        } else if let parsed = Double(String(format: "%.15g", scaled)) {
            decimal = parsed
        } else {
            return String(format: "%.\(places)f", value)
        }
        // The shown digits are those of a whole number below 1e15 (exact in a Double), so they are spelt out
        // directly; printf of `rounded / scale` gives the same digits.
        let whole = decimal.rounded(.toNearestOrAwayFromZero)
        guard whole != 0 else { return places == 0 ? "0" : "0." + String(repeating: "0", count: places) }
        var digits = String(Int64(abs(whole)))
        if places > 0 {
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return whole < 0 ? "-" + digits : digits
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

/// The number-format policy (issue #15): a figure's format follows its kind and the data's precision, never General.
///
/// - counts and degrees of freedom: `.integer`;
/// - figures in the data's units: the data's own decimals (`dataDecimals(of:)`) for values taken from the data
///   (minimum, maximum, sums, bin edges), plus one for a median (the midpoint of two values needs exactly one
///   more), plus two for means, standard deviations, standard errors and interval bounds (`measured`);
/// - statistics (t, F, χ², r, coefficients, variances, effect sizes): 4 significant digits, E-notation only
///   below 0.0001 (`significant`);
/// - p-values: `.pValue`, as in the regression sheet; shares: `.percent`.
///
/// Readings quote a figure through `reading(_:format:)`, so they round exactly as the cell shows it.
extension NumberFormat {
    /// Fixed decimals showing `digits` significant digits of `value` (at most 7 decimals, none for large
    /// magnitudes): 5 → `5.000`, 0.9129 → `0.9129`, 1234.5 → `1,235`, 0.00012345 → `0.0001235`; below 0.0001
    /// scientific (`1.235E-05`), where fixed decimals would run to a row of zeros. Whole-number figures such as counts
    /// should use `.integer` instead.
    public static func significant(_ value: Double, digits: Int = 4) -> NumberFormat {
        guard value.isFinite, value != 0 else { return .decimals(max(0, digits - 1)) }
        if abs(value) < 0.0001 { return .scientific(max(0, digits - 1)) }
        let magnitude = Int(log10(abs(value)).rounded(.down))
        return .decimals(min(7, max(0, digits - 1 - magnitude)))
    }

    /// The most decimals any of `values` needs to be shown exactly as entered (22 → 0, 5.4 → 1, 0.125 → 3), at most
    /// 10 (a computed ratio such as 1/3 never ends; General would show no more either).
    public static func dataDecimals(of values: some Sequence<Double>) -> Int {
        var most = 0
        for value in values where value.isFinite {
            var scaled = value
            var places = 0
            // A value typed with d decimals is d-decimal up to the binary representation's error (relative 1e-16,
            // grown by the scaling): 12 significant digits of tolerance, at least 1e-9.
            while places < 10 && abs(scaled - scaled.rounded()) > max(1e-9, 1e-12 * abs(scaled)) {
                scaled *= 10
                places += 1
            }
            most = max(most, places)
            if most == 10 { break }
        }
        return most
    }

    /// A figure in the data's units: the data's decimals plus `extra` (1 for medians, 2 for means, standard
    /// deviations and bounds), at most 7.
    public static func measured(dataDecimals: Int, extra: Int) -> NumberFormat {
        .decimals(min(7, max(0, dataDecimals + extra)))
    }

    /// The text a reading quotes for `value` shown in `format`: the same rounding as the cell, so a sentence and its
    /// table never disagree (thousands separators included, as the cell shows them).
    public static func reading(_ value: Double, format: NumberFormat) -> String {
        format.approximateDisplay(of: value)
    }
}

/// A count with thousands separators (`16,380`), as both languages write counts in sentences.
public enum DigitGrouping {
    public static func grouped(_ value: Int) -> String {
        var digits = String(value.magnitude)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return (value < 0 ? "-" : "") + digits
    }
}
