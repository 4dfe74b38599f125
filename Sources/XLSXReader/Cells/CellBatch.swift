/// A run of consecutive cells of a sheet in compact form, filled by `SheetCursor.nextBatch(_:)`.
///
/// Readers that keep a whole sheet (a table) take cells this way: numbers, dates, durations and booleans
/// are plain records, and shared-string cells are indices into `sharedStrings`, so the common cells cost no
/// `Cell` value, no `String` copy and no call per cell on the way out of the reader. `cell(at:)` gives any
/// record as the `Cell` that `SheetCursor.next()` would have returned.
public struct CellBatch: Sendable {
    /// One cell: its position and its value or where to find it.
    public struct Record: Sendable {
        /// 1-based row number.
        public let row: Int
        /// 1-based column number.
        public let column: Int
        /// The value.
        public let value: Value
    }

    /// A cell's value in compact form.
    public enum Value: Sendable {
        /// As `CellValue.number`.
        case number(Double)
        /// As `CellValue.date`.
        case date(ExcelDate)
        /// As `CellValue.duration`.
        case duration(days: Double)
        /// As `CellValue.bool`.
        case bool(Bool)
        /// Text from the shared-strings table: `sharedStrings[index]`, always in range.
        case sharedString(Int)
        /// Any other value, or a cell with a formula: read it with `cell(at:)`. The payload is the
        /// batch's own storage position.
        case other(Int)
    }

    /// The cells, in document order.
    public private(set) var records: [Record] = []
    /// The workbook's shared strings, which `Value.sharedString` indexes.
    public private(set) var sharedStrings: [String] = []
    /// Cells kept whole: text other than shared strings, errors, ISO dates, empty formula results, formulas.
    private var others: [Cell] = []

    /// How many cells one fill gathers: enough to make the per-batch work negligible, few enough that the
    /// records (32 bytes each) stay in the processor's cache while they are read.
    static let capacity = 4096

    /// An empty batch.
    public init() {}

    /// Whether the batch holds no cells.
    public var isEmpty: Bool { records.isEmpty }

    /// The cell of record `index` as a `Cell`.
    public func cell(at index: Int) -> Cell {
        let record = records[index]
        let address = CellAddress(rowNumber: record.row, columnNumber: record.column)
        switch record.value {
        case .number(let number): return Cell(address: address, value: .number(number))
        case .date(let date): return Cell(address: address, value: .date(date))
        case .duration(let days): return Cell(address: address, value: .duration(days: days))
        case .bool(let flag): return Cell(address: address, value: .bool(flag))
        case .sharedString(let string): return Cell(address: address, value: .text(sharedStrings[string]))
        case .other(let position): return others[position]
        }
    }

    /// The batch without its first `count` cells (cells already handed out one at a time).
    func dropping(first count: Int) -> CellBatch {
        var rest = CellBatch()
        rest.sharedStrings = sharedStrings
        for index in records.indices.dropFirst(count) { rest.append(cell(at: index)) }
        return rest
    }

    /// Empties the batch, keeping its storage, for the cells of a workbook with these shared strings.
    mutating func reset(sharedStrings strings: [String]) {
        records.removeAll(keepingCapacity: true)
        others.removeAll(keepingCapacity: true)
        sharedStrings = strings
        records.reserveCapacity(CellBatch.capacity)
    }

    /// Appends a shared-string cell; `index` must be in range of `sharedStrings`.
    mutating func appendSharedString(_ index: Int, row: Int, column: Int) {
        records.append(Record(row: row, column: column, value: .sharedString(index)))
    }

    /// Appends a cell, in compact form when it has no formula and its value has one.
    mutating func append(_ cell: Cell) {
        guard cell.formula == nil else { return appendWhole(cell) }
        append(cell.value, row: cell.address.rowNumber, column: cell.address.columnNumber)
    }

    /// Appends a cell without a formula, in compact form when its value has one.
    mutating func append(_ value: CellValue, row: Int, column: Int) {
        switch value {
        case .number(let number): records.append(Record(row: row, column: column, value: .number(number)))
        case .date(let date): records.append(Record(row: row, column: column, value: .date(date)))
        case .duration(let days): records.append(Record(row: row, column: column, value: .duration(days: days)))
        case .bool(let flag): records.append(Record(row: row, column: column, value: .bool(flag)))
        case .empty, .text, .error, .isoDateTime: appendWhole(Cell(address: CellAddress(rowNumber: row, columnNumber: column), value: value))
        }
    }

    private mutating func appendWhole(_ cell: Cell) {
        records.append(Record(row: cell.address.rowNumber, column: cell.address.columnNumber, value: .other(others.count)))
        others.append(cell)
    }
}
