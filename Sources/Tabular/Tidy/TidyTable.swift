import XLSXReader

/// A table made machine-readable (the 2020 総務省 rules): one header row, one row per case, numbers as
/// numbers, dates as dates, and every change from the sheet as a person laid it out listed by its cells.
/// Built from a `Table` read with layout detection and conversion (`TableOptions.coerceNumbers`).
public struct TidyTable: Sendable {
    public struct Column: Sendable {
        public let name: String
        public let values: [TableValue]
    }

    public let columns: [Column]
    /// The sheet row each row came from.
    public let sourceRows: [Int]
    /// Every change, in sheet order: rows and columns left out, cells converted, headers renamed.
    public let changes: [TidyChange]

    /// The wide table as read.
    public init(_ table: Table) {
        columns = table.columns.map { Column(name: $0.name, values: Array($0.values)) }
        sourceRows = table.rowNumbers
        changes = TidyChange.all(in: table)
    }

    /// The long form of a wide table whose number columns are periods or categories (`4月 … 3月`,
    /// `午前 | 午後`): per row and number column, the row's other columns (the keys), then `item` (the
    /// former column name), then `value`. Total columns are left out (total rows already are).
    /// - Throws: `TidyError.nothingToLengthen` when no column holds numbers.
    public init(long table: Table, item: String, value: String) throws(TidyError) {
        let measures = table.columns.filter { $0.type == .number && !$0.isTotal }
        guard !measures.isEmpty else { throw .nothingToLengthen(sheet: table.sheetName) }
        let keys = table.columns.filter { $0.type != .number && !$0.isTotal }
        var keyValues = Array(repeating: [TableValue](), count: keys.count)
        var items: [TableValue] = []
        var values: [TableValue] = []
        var rows: [Int] = []
        for (position, row) in table.rowNumbers.enumerated() {
            for measure in measures {
                for (index, key) in keys.enumerated() { keyValues[index].append(key.values[position]) }
                items.append(.text(measure.name))
                values.append(measure.values[position])
                rows.append(row)
            }
        }
        var names = UniqueNames()
        columns = zip(keys, keyValues).map { Column(name: names.claim($0.name), values: $1) }
            + [Column(name: names.claim(item), values: items), Column(name: names.claim(value), values: values)]
        sourceRows = rows
        changes = TidyChange.all(in: table)
            + table.columns.filter(\.isTotal).map { TidyChange(place: $0.letter, kind: .totalColumnLeftOut, before: $0.name, after: "") }
            + [TidyChange(place: "", kind: .madeLong(columns: measures.count), before: measures.map(\.name).joined(separator: ", "),
                          after: "\(item), \(value)")]
    }
}

/// Why a table cannot be tidied as asked.
public enum TidyError: Error, Sendable, Equatable {
    /// `--long` on a table without a column of numbers.
    case nothingToLengthen(sheet: String)
}

/// One change `tidy` made: where (a cell, a row or a column of the original sheet), what, and the text
/// before and after.
public struct TidyChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case rowLeftOut(TableLayout.LeftOutRow.Reason)
        case columnLeftOut
        case otherTable
        case converted(CoercedCell.Change)
        case headerRenamed
        case totalColumnLeftOut
        case madeLong(columns: Int)
    }

    /// `D2`, `29`, `31:32`, `C`, `F2:H7`.
    public let place: String
    public let kind: Kind
    public let before: String
    public let after: String

    public init(place: String, kind: Kind, before: String, after: String) {
        self.place = place
        self.kind = kind
        self.before = before
        self.after = after
    }

    static func all(in table: Table) -> [TidyChange] {
        var changes: [TidyChange] = []
        if let layout = table.layout {
            changes += layout.leftOutRows.map { row in
                let place = row.rows.count == 1 ? "\(row.rows.lowerBound)" : "\(row.rows.lowerBound):\(row.rows.upperBound)"
                return TidyChange(place: place, kind: .rowLeftOut(row.reason), before: row.text, after: "")
            }
            changes += layout.leftOutColumnRuns.map { TidyChange(place: $0, kind: .columnLeftOut, before: "", after: "") }
            changes += layout.otherTables.map { TidyChange(place: $0.a1, kind: .otherTable, before: "", after: "") }
        }
        for column in table.columns where column.name != column.header {
            let place = CellAddress(rowNumber: table.headerRow, columnNumber: column.index).a1
            let before = ([column.aliases.first(where: { $0.contains(column.header) && $0 != column.header })] + [column.header])
                .compactMap { $0 }.first { !$0.isEmpty } ?? ""
            changes.append(TidyChange(place: place, kind: .headerRenamed, before: before, after: column.name))
        }
        changes += table.coercedCells.sorted { ($0.address.rowNumber, $0.address.columnNumber) < ($1.address.rowNumber, $1.address.columnNumber) }.map {
            TidyChange(place: $0.address.a1, kind: .converted($0.change), before: $0.text, after: $0.value.displayText)
        }
        return changes
    }
}
