import Foundation
import XLSXReader

extension Table {
    /// Reads `sheet` of `workbook` as a table, streaming its cells once.
    public static func read(_ workbook: Workbook, sheet: SheetInfo, options: TableOptions = TableOptions()) throws -> Table {
        var cursor = try workbook.cells(of: sheet)
        var builder = TableBuilder(options: options, system: workbook.dateSystem)
        // Cells in batches: most arrive as compact records, with shared strings as indices (docs/PERFORMANCE.md).
        var batch = CellBatch()
        while try cursor.nextBatch(&batch) { builder.add(batch) }
        return try builder.finish(sheet: sheet.name)
    }
}

/// Accumulates streamed cells into per-column value arrays aligned with the data rows, tallying each
/// column's kinds and findings as values arrive.
struct TableBuilder {
    /// One column being gathered.
    private struct Gathered {
        var values = ColumnValues()
        var tally = ColumnTally()

        /// Puts `value` at data row `position`; `reading` is how a text value reads as a number, if it does.
        mutating func add(_ value: TableValue, at position: Int, reading: NumberLikeText?) {
            guard claim(position) else { return }
            tally.count(value.kind, at: position, reading: reading)
            values.append(value)
        }

        /// Puts the text that is entry `index` of the workbook's shared strings at data row `position`.
        mutating func addShared(_ index: Int, of table: [String], at position: Int, reading: NumberLikeText?) {
            guard claim(position) else { return }
            tally.count(.text, at: position, reading: reading)
            values.appendShared(index, of: table)
        }

        /// Pads the rows this column skipped; false when `position` already holds a value: a repeated cell
        /// address keeps the first value, as Excel does when opening such a file.
        private mutating func claim(_ position: Int) -> Bool {
            if values.count < position { values.pad(to: position) }
            return values.count == position
        }
    }

    /// How a shared string reads as a number, worked out once per string rather than once per cell.
    private enum SharedReading {
        case unknown
        case known(NumberLikeText?)
    }

    private let options: TableOptions
    private let system: DateSystem
    private var headerRow: Int?
    private var headers: [Int: String] = [:]
    private var columns: [Gathered] = []
    private var rowNumbers: [Int] = []
    private var coerced: [CoercedCell] = []
    private var sharedReadings: [SharedReading] = []
    private var lastRowSeen = 0

    init(options: TableOptions, system: DateSystem) {
        self.options = options
        self.system = system
        self.headerRow = options.headerRow
    }

    mutating func add(_ cell: Cell) {
        let row = cell.address.row
        lastRowSeen = max(lastRowSeen, row)
        if headerRow == nil { headerRow = row }
        guard let header = headerRow, row >= header else { return }
        if row == header {
            headers[cell.address.column] = TableBuilder.headerText(cell.value)
            return
        }
        switch cell.value {
        case .empty: return
        case .text(let text): addText(text, reading: NumberLikeText(text), at: cell.address)
        case .isoDateTime(let text):
            guard let date = ExcelDate(iso: text, system: system) else {
                return append(.text(text), reading: NumberLikeText(text), row: row, column: cell.address.column)
            }
            append(.date(date), row: row, column: cell.address.column)
        case .number(let value): append(.number(value), row: row, column: cell.address.column)
        case .bool(let flag): append(.bool(flag), row: row, column: cell.address.column)
        case .error(let code): append(.error(code), row: row, column: cell.address.column)
        case .date(let date): append(.date(date), row: row, column: cell.address.column)
        case .duration(let days): append(.duration(days: days), row: row, column: cell.address.column)
        }
    }

    /// Adds a batch: data cells with a compact value go straight to their column; the header row and
    /// everything else take the cell-by-cell path.
    mutating func add(_ batch: CellBatch) {
        for (index, record) in batch.records.enumerated() {
            guard let header = headerRow, record.row > header else {
                add(batch.cell(at: index))
                continue
            }
            lastRowSeen = max(lastRowSeen, record.row)
            switch record.value {
            case .number(let value): append(.number(value), row: record.row, column: record.column)
            case .date(let date): append(.date(date), row: record.row, column: record.column)
            case .duration(let days): append(.duration(days: days), row: record.row, column: record.column)
            case .bool(let flag): append(.bool(flag), row: record.row, column: record.column)
            case .sharedString(let string):
                addSharedText(string, of: batch, row: record.row, column: record.column)
            case .other: add(batch.cell(at: index))
            }
        }
    }

    consuming func finish(sheet: String) throws -> Table {
        guard let header = headerRow else { throw TableError.emptySheet(sheet: sheet) }
        guard header <= lastRowSeen else { throw TableError.headerRowOutOfRange(sheet: sheet, row: header, lastRow: lastRowSeen) }
        let indexes = Set(headers.keys).union(columns.indices.filter { columns[$0].values.count > 0 }.map { $0 + 1 })
        guard let first = indexes.min(), let last = indexes.max() else { throw TableError.emptySheet(sheet: sheet) }
        var names = UniqueNames()
        var pending = columns
        columns = []
        let built = (first...last).map { index in
            var gathered = Gathered()
            if index <= pending.count { swap(&gathered, &pending[index - 1]) }
            gathered.values.pad(to: rowNumbers.count)
            let header = headers[index] ?? ""
            let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines)
            let base = trimmed.isEmpty ? CellAddress.columnLetters(index) : trimmed
            return Column(name: names.claim(base), header: header, index: index, values: gathered.values,
                          tally: gathered.tally, rowNumbers: rowNumbers)
        }
        return Table(sheetName: sheet, headerRow: header, columns: built, rowNumbers: rowNumbers, coercedCells: coerced)
    }

    /// How shared string `index` reads as a number, memoised: a column of department names repeats a
    /// handful of strings over every row.
    private mutating func reading(ofShared index: Int, in batch: CellBatch) -> NumberLikeText? {
        if sharedReadings.isEmpty { sharedReadings = Array(repeating: .unknown, count: batch.sharedStrings.count) }
        if case .known(let reading) = sharedReadings[index] { return reading }
        let reading = NumberLikeText(batch.sharedStrings[index])
        sharedReadings[index] = .known(reading)
        return reading
    }

    /// A data cell's text: a number when coercion is asked for and it reads as one, else text.
    private mutating func addText(_ text: String, reading: NumberLikeText?, at address: CellAddress) {
        guard options.coerceNumbers, let reading else {
            return append(.text(text), reading: reading, row: address.row, column: address.column)
        }
        coerce(text, reading: reading, at: address)
    }

    /// A data cell holding shared string `index`: kept as the index, or coerced like any text.
    private mutating func addSharedText(_ index: Int, of batch: CellBatch, row: Int, column: Int) {
        let reading = reading(ofShared: index, in: batch)
        guard options.coerceNumbers, let reading else {
            let position = dataPosition(row: row, column: column)
            return columns[column - 1].addShared(index, of: batch.sharedStrings, at: position, reading: reading)
        }
        coerce(batch.sharedStrings[index], reading: reading, at: CellAddress(row: row, column: column))
    }

    private mutating func coerce(_ text: String, reading: NumberLikeText, at address: CellAddress) {
        coerced.append(CoercedCell(address: address, text: text, reading: reading))
        append(.number(reading.value), row: address.row, column: address.column)
    }

    /// Puts a data value in its column; `reading` is how a text value reads as a number, if it does.
    private mutating func append(_ value: TableValue, reading: NumberLikeText? = nil, row: Int, column: Int) {
        let position = dataPosition(row: row, column: column)
        columns[column - 1].add(value, at: position, reading: reading)
    }

    /// The data-row index of a value in sheet row `row`, recording the row and making room for `column`.
    private mutating func dataPosition(row: Int, column: Int) -> Int {
        if rowNumbers.last != row { rowNumbers.append(row) }
        if columns.count < column { columns.append(contentsOf: repeatElement(Gathered(), count: column - columns.count)) }
        return rowNumbers.count - 1
    }

    private static func headerText(_ value: CellValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): NumberText.format(number)
        case .date(let date): date.isoText ?? NumberText.format(date.serial)
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        case .error(let code): code
        case .isoDateTime(let text): text
        case .duration: value.durationText ?? ""
        case .empty: ""
        }
    }
}

/// Hands out names, suffixing `_2`, `_3`… to repeats.
struct UniqueNames {
    private var taken: Set<String> = []

    mutating func claim(_ base: String) -> String {
        var name = base
        var counter = 2
        while taken.contains(name) {
            name = "\(base)_\(counter)"
            counter += 1
        }
        taken.insert(name)
        return name
    }
}
