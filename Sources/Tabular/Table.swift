import CSVReader
import Foundation
import XLSXReader

/// A sheet read as a table: one header row naming the columns, then data rows.
public struct Table: Sendable {
    /// The sheet the table came from.
    public let sheetName: String
    /// The 1-based sheet row holding the headers.
    public let headerRow: Int
    /// Columns from the leftmost to the rightmost that hold a header or a value.
    public let columns: [Column]
    /// The sheet row number of each data row (rows after the header with at least one value).
    public let rowNumbers: [Int]
    /// Number-like text cells that were converted to numbers because coercion was asked for.
    public let coercedCells: [CoercedCell]
    /// Where the table sits on the sheet and what was left out; nil when layout detection was off.
    public var layout: TableLayout? = nil
    /// The sheet's merged ranges, read where the cells end (none for a CSV file).
    public var mergedRanges: [CellRange] = []

    /// The column whose name or header text (trimmed) is `key`, or whose name is `key` cleaned as headers are
    /// (`月間 残業時間`, `ＩＤ`), or one of whose other names is `key`; else whose letter is `key` (`C`, `c`).
    public func column(_ key: String) -> Column? {
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        if let byName = columns.first(where: { $0.name == trimmed }) { return byName }
        if let byHeader = columns.first(where: { $0.header.trimmingCharacters(in: .whitespaces) == trimmed }) { return byHeader }
        let cleaned = HeaderNames.clean(key)
        if let byCleaned = columns.first(where: { $0.name == cleaned || $0.aliases.contains(cleaned) || $0.aliases.contains(trimmed) }) {
            return byCleaned
        }
        guard let number = CellAddress.columnNumber(letters: trimmed) else { return nil }
        return columns.first { $0.index == number }
    }

    /// Like `column(_:)`, but throws a `TableError` that lists the columns there are.
    public func requireColumn(_ key: String) throws -> Column {
        guard let column = column(key) else {
            throw TableError.columnNotFound(sheet: sheetName, requested: key, available: columns.map(\.name))
        }
        return column
    }

    /// The address of data row `row` (0-based) in `column`.
    public func address(row: Int, column: Column) -> CellAddress {
        CellAddress(rowNumber: rowNumbers[row], columnNumber: column.index)
    }
}

/// A cell changed because conversion was asked for (`TableOptions.coerceNumbers`): text read as a number,
/// a statistical symbol read as a missing value (or 0), a date typed as text, or a label spaced for
/// alignment merged with the plain label of the same column.
public struct CoercedCell: Sendable, Hashable {
    /// What the cell became.
    public enum Change: Sendable, Hashable {
        case number(NumberLikeText)
        /// A missing value, or 0 when `TableOptions.dashAsZero` counts `－` as zero.
        case symbol(StatisticalSymbol, asZero: Bool)
        case date(CivilDate)
        /// The plain label it was merged with.
        case label(String)
    }

    public let address: CellAddress
    /// The text as written.
    public let text: String
    public let change: Change

    /// The value it became.
    public var value: TableValue {
        switch change {
        case .number(let reading): .number(reading.value)
        case .symbol(_, let asZero): asZero ? .number(0) : .empty
        case .date(let date): .date(ExcelDate(serial: Double(date.excelSerial ?? 0), system: .excel1900))
        case .label(let label): .text(label)
        }
    }
}
