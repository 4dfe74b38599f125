import XLSXReader

/// A cell value as the text a CSV/TSV field holds: what Excel shows, at full precision.
public struct CellText: Sendable {
    /// How dates are written.
    public let dateFormat: DateFormat

    /// Creates a formatter writing dates in `dateFormat`.
    public init(dateFormat: DateFormat = .iso8601) {
        self.dateFormat = dateFormat
    }

    /// The field text of `value`: numbers in the shortest text that reads back to the same double
    /// (integers without `.0`), TRUE/FALSE, errors as their `#` text, dates in `dateFormat`,
    /// durations as `H:MM:SS`, and nothing for a formula without a cached value.
    public func text(of value: CellValue) -> String {
        switch value {
        case .empty: ""
        case .number(let number): CellText.number(number)
        case .text(let text): text
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .error(let code): code
        case .date(let date): date.components.map(dateFormat.text(of:)) ?? CellText.number(date.serial)
        case .duration(let days): value.durationText ?? CellText.number(days)
        case .isoDateTime(let iso): isoText(iso)
        }
    }

    /// Shortest round-trip text (Swift's `description`, Steele–White/Grisu-style shortest digits),
    /// with integral values up to 2^53 written without a fraction or exponent as Excel shows them.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return value == 0 ? "0" : String(Int64(value))
        }
        return value.description
    }

    /// A `t="d"` cell: kept as written for ISO output, reformatted through its calendar fields otherwise.
    private func isoText(_ iso: String) -> String {
        guard dateFormat != .iso8601, let date = ExcelDate(iso: iso, system: .excel1900), let moment = date.components else {
            return iso
        }
        return dateFormat.text(of: moment)
    }
}
