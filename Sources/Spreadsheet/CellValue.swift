/// What a cell read from a workbook or a CSV file holds, after shared strings, styles and the date system have been
/// applied (a report's own cells hold `ReportValue`s).
public enum CellValue: Sendable, Hashable {
    /// A formula cell without a cached result (openpyxl never calculates): unknown, not zero.
    case empty
    /// A plain number (number formats other than dates and durations).
    case number(Double)
    /// Text from a shared string, an inline string or a formula's string result, exactly as written
    /// (whitespace kept, `_xHHHH_` escapes decoded once, phonetic runs left out).
    case text(String)
    /// A boolean (`t="b"`).
    case bool(Bool)
    /// An error value such as `#DIV/0!` or `#N/A`, kept as data.
    case error(String)
    /// A number whose format is a date or time of day.
    case date(ExcelDate)
    /// A number whose format is elapsed time (`[h]:mm:ss`, built-in 46); `days` is the stored serial.
    case duration(days: Double)
    /// A `t="d"` cell: ISO 8601 text as written (`2021-01-01`, `2014-02-14T08:27:48.765Z`, `10:10:10`).
    case isoDateTime(String)

    /// The number behind a numeric value (numbers, date serials, duration day counts), else nil.
    @inlinable
    public var numericValue: Double? {
        switch self {
        case .number(let value): value
        case .date(let date): date.serial
        case .duration(let days): days
        default: nil
        }
    }

    /// `H:MM:SS` for a duration (hours unbounded, seconds rounded), else nil.
    public var durationText: String? {
        guard case .duration(let days) = self, days.isFinite else { return nil }
        let total = Int((abs(days) * 86_400).rounded())
        let (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60)
        let sign = days < 0 ? "-" : ""
        return "\(sign)\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(seconds < 10 ? "0" : "")\(seconds)"
    }
}

/// One cell as streamed from a sheet (or a CSV file's field, where the row and column are the record and field).
public struct Cell: Sendable, Hashable {
    /// Where the cell is.
    public let address: CellAddress
    /// Its value.
    public let value: CellValue
    /// The formula text without `=`, when formulas were requested and the cell carries one
    /// (followers of a shared formula carry none).
    public let formula: String?

    /// Creates a cell. Inlinable: the reader makes one per cell of a sheet.
    @inlinable
    public init(address: CellAddress, value: CellValue, formula: String? = nil) {
        self.address = address
        self.value = value
        self.formula = formula
    }
}
