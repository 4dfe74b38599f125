import Foundation
import XLSXReader

extension Table {
    /// Reads `sheet` of `workbook` as a table, streaming its cells once.
    /// - Parameter progress: told after each batch of cells how far the read has come (a progress line's source).
    public static func read(_ workbook: Workbook, sheet: SheetInfo, options: TableOptions = TableOptions(),
                            progress: ReadProgress? = nil) throws -> Table {
        // Formulas tell total rows and columns apart (`=SUM(C5:C28)`); only formula cells pay for reading them.
        var cursor = try workbook.cells(of: sheet, formulas: options.detectLayout)
        var builder = TableBuilder(options: options, system: workbook.dateSystem)
        // Cells in batches: most arrive as compact records, with shared strings as indices (docs/PERFORMANCE.md).
        var batch = CellBatch()
        while try cursor.nextBatch(&batch) {
            builder.add(batch)
            if let progress { let (done, total) = cursor.progress; progress(done, total) }
        }
        // The merged ranges follow the cells, so they cost only the sheet's tail; kept so that nothing reads the
        // sheet a second time for them (`inspect` did, doubling its time).
        let merges = try cursor.trailingMergedRanges()
        var table = try builder.finish(sheet: sheet.name, merges: options.detectLayout ? merges : [])
        table.mergedRanges = merges
        return table
    }
}

extension Table {
    /// A table of cells already in memory, in row order (a sheet made rather than read: an exercise's data as the
    /// participant's cleaned sheet holds it), typed exactly as a read sheet's cells are.
    public static func read(cells: some Sequence<Cell>, sheet: String, options: TableOptions = TableOptions(),
                            system: DateSystem = .excel1900) throws -> Table {
        var builder = TableBuilder(options: options, system: system)
        for cell in cells { builder.add(cell) }
        return try builder.finish(sheet: sheet)
    }
}

/// Told how far a read has come: bytes of the sheet's XML (or the CSV text) read, and how many there are when known.
/// Called often (every few thousand cells); the receiver decides how often to show it.
public typealias ReadProgress = (_ done: Int, _ total: Int?) -> Void

/// Accumulates streamed cells into per-column value arrays aligned with the data rows, tallying each
/// column's kinds and findings as values arrive.
struct TableBuilder {
    /// One column being gathered.
    struct Gathered {
        var values = ColumnValues()
        var tally = ColumnTally()

        /// Puts `value` at data row `position`; `reading` is what a text value means by Japanese conventions, if anything.
        mutating func add(_ value: TableValue, at position: Int, reading: TextConversion?) {
            guard claim(position) else { return }
            tally.count(value.kind, at: position, reading: reading)
            values.append(value)
        }

        /// Puts the text that is entry `index` of the workbook's shared strings at data row `position`.
        mutating func addShared(_ index: Int, of table: [String], at position: Int, reading: TextConversion?) {
            guard claim(position) else { return }
            tally.count(.text, at: position, reading: reading)
            values.appendShared(index, of: table)
        }

        /// Whether some value is a number, date or duration.
        var holdsNumbers: Bool { [.number, .date, .duration].contains(tally.majority) }

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
        case known(TextConversion?)
    }

    /// How many of the first non-blank rows are looked at to find the header.
    static let detectionRows = 40

    let options: TableOptions
    private let system: DateSystem
    var headerRow: Int?
    var headers: [Int: String] = [:]
    var columns: [Gathered] = []
    var rowNumbers: [Int] = []
    var coerced: [CoercedCell] = []
    private var sharedReadings: [SharedReading] = []
    var lastRowSeen = 0

    // Layout detection (`TableOptions.detectLayout`); see TableBuilder+Layout.swift.
    /// The first rows, held back until the header is found among them.
    private var detecting: Bool
    private var buffered: [HeaderDetection.Row] = []
    var detection: HeaderDetection?
    /// The last row before the data: the header row, or a second header line under it.
    private var dataStart: Int?
    /// The parent row of a two-row header, kept apart from `detection` for the per-cell check.
    private var topRow: Int?
    var parentHeaders: [Int: String] = [:]
    var extraHeaders: [Int: String] = [:]
    /// Rows that are not data, by sheet row, with their reason and label.
    var flagged: [Int: (reason: TableLayout.LeftOutRow.Reason, text: String)] = [:]
    /// Columns at or left of this one hold row labels (`合計`); set at the first data cell.
    private var labelLimit: Int?
    private var sharedLabels: [UInt8] = []
    /// Per sheet column, how many cells are `SUM` formulas along their own row.
    var sumAlongRow: [Int: Int] = [:]
    /// The last row and column holding a value anywhere on the sheet, kept when `options.range` cuts cells out.
    var usedExtent = (rows: 0, columns: 0)

    init(options: TableOptions, system: DateSystem) {
        self.options = options
        self.system = system
        self.headerRow = options.headerRow ?? options.range?.first.rowNumber
        self.detecting = options.detectLayout && headerRow == nil
        self.dataStart = headerRow
    }

    mutating func add(_ cell: Cell) {
        if let range = options.range {
            usedExtent = (max(usedExtent.rows, cell.address.rowNumber), max(usedExtent.columns, cell.address.columnNumber))
            guard range.contains(cell.address) else { return }
        }
        let row = cell.address.rowNumber
        lastRowSeen = max(lastRowSeen, row)
        if detecting { return hold(cell) }
        if headerRow == nil { headerRow = row; dataStart = row }
        guard let header = headerRow, let dataStart, row >= topRow ?? header else { return }
        if row <= dataStart {
            let text = TableBuilder.headerText(cell.value)
            if row == header { headers[cell.address.columnNumber] = text }
            else if row < header { parentHeaders[cell.address.columnNumber] = text }
            else { extraHeaders[cell.address.columnNumber] = text }
            return
        }
        if options.detectLayout, let formula = cell.formula, let aggregate = AggregateFormula(formula) {
            if aggregate.runsDown(to: cell.address), flagged[row] == nil { flagged[row] = (.formulaTotal, "=\(formula)") }
            if aggregate.runsAlong(to: cell.address) { sumAlongRow[cell.address.columnNumber, default: 0] += 1 }
        }
        switch cell.value {
        case .empty: return
        case .text(let text):
            if options.detectLayout { flagLabel(text, at: cell.address) { RowLabel(text) } }
            addText(text, reading: TextConversion(text), at: cell.address)
        case .isoDateTime(let text):
            guard let date = ExcelDate(iso: text, system: system) else {
                return append(.text(text), reading: TextConversion(text), row: row, column: cell.address.columnNumber)
            }
            append(.date(date), row: row, column: cell.address.columnNumber)
        case .number(let value): append(.number(value), row: row, column: cell.address.columnNumber)
        case .bool(let flag): append(.bool(flag), row: row, column: cell.address.columnNumber)
        case .error(let code): append(.error(code), row: row, column: cell.address.columnNumber)
        case .date(let date): append(.date(date), row: row, column: cell.address.columnNumber)
        case .duration(let days): append(.duration(days: days), row: row, column: cell.address.columnNumber)
        }
    }

    /// Adds a batch: data cells with a compact value go straight to their column; the header row and
    /// everything else take the cell-by-cell path.
    mutating func add(_ batch: CellBatch) {
        let routeAll = options.range != nil
        for (index, record) in batch.records.enumerated() {
            guard let dataStart, record.row > dataStart, !routeAll else {
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

    /// Holds a cell of the first rows; once enough rows are held, finds the header and replays them.
    private mutating func hold(_ cell: Cell) {
        if buffered.last?.number == cell.address.rowNumber {
            buffered[buffered.count - 1].cells.append(cell)
            return
        }
        guard buffered.count == TableBuilder.detectionRows else {
            buffered.append(HeaderDetection.Row(number: cell.address.rowNumber, cells: [cell]))
            return
        }
        detectHeader()
        add(cell)
    }

    /// Finds the header among the held rows and replays them as header and data cells.
    mutating func detectHeader() {
        guard detecting else { return }
        detecting = false
        guard let found = HeaderDetection(rows: buffered) else { return }
        detection = found
        topRow = found.parentRow
        headerRow = found.headerRow
        dataStart = found.extraHeaderRow ?? found.headerRow
        if let extra = found.extraHeaderRow {
            flagged[extra] = (.headerLine, buffered.first { $0.number == extra }?.cells.first.map { TableBuilder.headerText($0.value) } ?? "")
        }
        let held = buffered
        buffered = []
        for row in held { for cell in row.cells { add(cell) } }
    }

    /// Marks `address`'s row as a total or note row when `text` is its label: a whole label in one of the
    /// table's first columns. `label` classifies the text, memoised for shared strings by the caller.
    private mutating func flagLabel(_ text: String, at address: CellAddress, label: () -> RowLabel?) {
        if labelLimit == nil { labelLimit = (headers.keys.min() ?? address.columnNumber) + 2 }
        guard let labelLimit, address.columnNumber <= labelLimit, let label = label(), flagged[address.rowNumber] == nil else { return }
        flagged[address.rowNumber] = (label == .total ? .total : .note, text)
    }

    /// `flagLabel` for shared string `index`, classifying each distinct string once. The checks run cheapest
    /// first: most cells lie right of the label columns, and most labels are ordinary.
    private mutating func flagSharedLabel(_ index: Int, of batch: CellBatch, row: Int, column: Int) {
        if labelLimit == nil { labelLimit = (headers.keys.min() ?? column) + 2 }
        guard let labelLimit, column <= labelLimit else { return }
        if sharedLabels.isEmpty { sharedLabels = Array(repeating: 0, count: batch.sharedStrings.count) }
        if sharedLabels[index] == 0 {
            sharedLabels[index] = switch RowLabel(batch.sharedStrings[index]) { case .total: 2; case .note: 3; case nil: 1 }
        }
        guard sharedLabels[index] > 1, flagged[row] == nil else { return }
        flagged[row] = (sharedLabels[index] == 2 ? .total : .note, batch.sharedStrings[index])
    }

    consuming func finish(sheet: String, merges: [CellRange] = []) throws -> Table {
        detectHeader()
        if let range = options.range, lastRowSeen == 0 || headerRow.map({ $0 > lastRowSeen }) == true {
            let used = usedExtent.rows == 0 ? "-" : "A1:\(CellAddress(rowNumber: usedExtent.rows, columnNumber: usedExtent.columns).a1)"
            throw TableError.rangeOutsideSheet(sheet: sheet, range: range.a1, used: used)
        }
        restoreSymbolsOutsideNumberColumns()
        if options.detectLayout { return try finishDetected(sheet: sheet, merges: merges) }
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
            let base = trimmed.isEmpty ? CellAddress.columnLetters(columnNumber: index) : trimmed
            return Column(name: names.claim(base), header: header, index: index, values: gathered.values,
                          tally: gathered.tally, rowNumbers: rowNumbers)
        }
        return Table(sheetName: sheet, headerRow: header, columns: built, rowNumbers: rowNumbers, coercedCells: coerced)
    }

    /// How shared string `index` reads as a number, memoised: a column of department names repeats a
    /// handful of strings over every row.
    private mutating func reading(ofShared index: Int, in batch: CellBatch) -> TextConversion? {
        if sharedReadings.isEmpty { sharedReadings = Array(repeating: .unknown, count: batch.sharedStrings.count) }
        if case .known(let reading) = sharedReadings[index] { return reading }
        let reading = TextConversion(batch.sharedStrings[index])
        sharedReadings[index] = .known(reading)
        return reading
    }

    /// A data cell's text: converted when coercion is asked for and it reads as a number, a statistical
    /// symbol or a date (`TextConversion`), else text.
    private mutating func addText(_ text: String, reading: TextConversion?, at address: CellAddress) {
        guard options.coerceNumbers, let change = TableBuilder.change(text, reading: reading) else {
            return append(.text(text), reading: reading, row: address.rowNumber, column: address.columnNumber)
        }
        coerce(text, change: change, at: address)
    }

    /// A data cell holding shared string `index`: kept as the index, or coerced like any text.
    private mutating func addSharedText(_ index: Int, of batch: CellBatch, row: Int, column: Int) {
        if options.detectLayout, column <= labelLimit ?? .max { flagSharedLabel(index, of: batch, row: row, column: column) }
        let reading = reading(ofShared: index, in: batch)
        guard options.coerceNumbers, let change = TableBuilder.change(batch.sharedStrings[index], reading: reading) else {
            let position = dataPosition(row: row, column: column)
            return columns[column - 1].addShared(index, of: batch.sharedStrings, at: position, reading: reading)
        }
        coerce(batch.sharedStrings[index], change: change, at: CellAddress(rowNumber: row, columnNumber: column))
    }

    /// How coercion changes a text that reads as `reading`; nil to keep it as text.
    private static func change(_ text: String, reading: TextConversion?) -> CoercedCell.Change? {
        switch reading {
        case .number(let number): .number(number)
        case .symbol(let symbol): .symbol(symbol, asZero: false)
        case .date(let date): date.excelSerial != nil ? .date(date) : nil
        case nil: nil
        }
    }

    private mutating func coerce(_ text: String, change: CoercedCell.Change, at address: CellAddress) {
        var change = change
        if case .symbol(let symbol, _) = change, symbol == .none, options.dashAsZero { change = .symbol(symbol, asZero: true) }
        let cell = CoercedCell(address: address, text: text, change: change)
        coerced.append(cell)
        append(cell.value, row: address.rowNumber, column: address.columnNumber)
    }

    /// Puts a data value in its column; `reading` is how a text value reads as a number, if it does.
    private mutating func append(_ value: TableValue, reading: TextConversion? = nil, row: Int, column: Int) {
        let position = dataPosition(row: row, column: column)
        columns[column - 1].add(value, at: position, reading: reading)
    }

    /// The data-row index of a value in sheet row `row`, recording the row and making room for `column`.
    mutating func dataPosition(row: Int, column: Int) -> Int {
        if rowNumbers.last != row { rowNumbers.append(row) }
        if columns.count < column { columns.append(contentsOf: repeatElement(Gathered(), count: column - columns.count)) }
        return rowNumbers.count - 1
    }

    static func headerText(_ value: CellValue) -> String {
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
