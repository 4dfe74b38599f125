import Foundation
import XLSXReader

extension Table {
    /// Reads `sheet` of `workbook` as a table, streaming its cells once.
    public static func read(_ workbook: Workbook, sheet: SheetInfo, options: TableOptions = TableOptions()) throws -> Table {
        var cursor = try workbook.cells(of: sheet)
        var builder = TableBuilder(options: options, system: workbook.dateSystem)
        while let cell = try cursor.next() { builder.add(cell) }
        return try builder.finish(sheet: sheet.name)
    }
}

/// Accumulates streamed cells into per-column value arrays aligned with the data rows.
struct TableBuilder {
    private let options: TableOptions
    private let system: DateSystem
    private var headerRow: Int?
    private var headers: [Int: String] = [:]
    private var columns: [ColumnValues] = []
    private var rowNumbers: [Int] = []
    private var coerced: [CoercedCell] = []
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
        let value = tableValue(cell)
        if case .empty = value { return }
        if rowNumbers.last != row { rowNumbers.append(row) }
        let column = cell.address.column
        if columns.count < column { columns.append(contentsOf: repeatElement(ColumnValues(), count: column - columns.count)) }
        let rowIndex = rowNumbers.count - 1
        columns[column - 1].pad(to: rowIndex)
        // A repeated cell address keeps the first value, as Excel does when opening such a file.
        if columns[column - 1].count == rowIndex { columns[column - 1].append(value) }
    }

    consuming func finish(sheet: String) throws -> Table {
        guard let header = headerRow else { throw TableError.emptySheet(sheet: sheet) }
        guard header <= lastRowSeen else { throw TableError.headerRowOutOfRange(sheet: sheet, row: header, lastRow: lastRowSeen) }
        let indexes = Set(headers.keys).union(columns.indices.filter { columns[$0].count > 0 }.map { $0 + 1 })
        guard let first = indexes.min(), let last = indexes.max() else { throw TableError.emptySheet(sheet: sheet) }
        var names = UniqueNames()
        var pending = columns
        columns = []
        let built = (first...last).map { index in
            var values = ColumnValues()
            if index <= pending.count { swap(&values, &pending[index - 1]) }
            values.pad(to: rowNumbers.count)
            let header = headers[index] ?? ""
            let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines)
            let base = trimmed.isEmpty ? CellAddress.columnLetters(index) : trimmed
            return Column(name: names.claim(base), header: header, index: index, values: values, rowNumbers: rowNumbers)
        }
        return Table(sheetName: sheet, headerRow: header, columns: built, rowNumbers: rowNumbers, coercedCells: coerced)
    }

    private mutating func tableValue(_ cell: Cell) -> TableValue {
        switch cell.value {
        case .empty: return .empty
        case .number(let value): return .number(value)
        case .bool(let flag): return .bool(flag)
        case .error(let code): return .error(code)
        case .date(let date): return .date(date)
        case .duration(let days): return .duration(days: days)
        case .isoDateTime(let text):
            return ExcelDate(iso: text, system: system).map(TableValue.date) ?? .text(text)
        case .text(let text):
            guard options.coerceNumbers, let reading = NumberLikeText(text) else { return .text(text) }
            coerced.append(CoercedCell(address: cell.address, text: text, reading: reading))
            return .number(reading.value)
        }
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
