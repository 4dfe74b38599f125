import XLSXReader

/// The row being assembled by `DelimitedExporter`, and the bookkeeping that pads it: empty fields for
/// skipped columns, separators up to the width, empty rows for skipped rows. With no width given, the width
/// is learnt from the first row holding cells (rows above it are written once it is known).
struct DelimitedRow {
    let separator: UInt8
    /// Fields per row; nil until the first row is finished when no guess was given.
    private(set) var width: Int?
    /// The current row's bytes so far.
    var bytes: [UInt8] = []
    private(set) var currentRow = 0
    private var nextColumn = 1
    private var leadingEmptyRows = 0

    init(separator: UInt8, width: Int?) {
        self.separator = separator
        self.width = width
        bytes.reserveCapacity(1024)
    }

    /// Whether a cell at `address` comes after everything written so far (a sheet lists cells in order;
    /// a malformed one that goes back cannot be streamed).
    func accepts(_ address: CellAddress) -> Bool {
        address.rowNumber > currentRow || (address.rowNumber == currentRow && address.columnNumber >= nextColumn)
    }

    /// Finishes the current row, writes empty rows for the gap, and starts `row`.
    mutating func start(row: Int, into sink: some ExportSink) throws(ExportError) {
        if currentRow > 0 { try finish(into: sink) }
        let gap = row - currentRow - 1
        if width == nil {
            leadingEmptyRows += gap
        } else {
            for _ in 0..<gap { try sink.write(emptyRow) }
        }
        currentRow = row
    }

    /// Adds empty fields for the columns before `column`, then the separator in front of its field.
    mutating func move(to column: Int) {
        while nextColumn < column {
            if nextColumn > 1 { bytes.append(separator) }
            nextColumn += 1
        }
        if column > 1 { bytes.append(separator) }
        nextColumn = column + 1
    }

    /// Pads the current row to the width, ends it with CRLF and writes it.
    mutating func finish(into sink: some ExportSink) throws(ExportError) {
        if width == nil {
            width = nextColumn - 1
            for _ in 0..<leadingEmptyRows { try sink.write(emptyRow) }
        }
        let fields = width ?? 0
        if nextColumn <= fields {
            for column in nextColumn...fields where column > 1 { bytes.append(separator) }
        }
        bytes += [0x0D, 0x0A]
        try sink.write(bytes)
        bytes.removeAll(keepingCapacity: true)
        nextColumn = 1
    }

    private var emptyRow: [UInt8] {
        Array(repeating: separator, count: max(0, (width ?? 0) - 1)) + [0x0D, 0x0A]
    }
}
