import XLSXReader

/// What a delimited export wrote.
public struct DelimitedSummary: Sendable, Hashable {
    /// Rows written (from row 1 to the last row holding a cell).
    public let rows: Int
    /// Fields per row: the rightmost column holding a cell.
    public let columns: Int
    /// Times the sheet was read: 1, or 2 when its `<dimension>` was wrong about the width.
    public let reads: Int
    /// Cells skipped because they came after a later cell in the file (a malformed sheet).
    public let outOfOrderCells: Int
}

/// Streams a sheet to CSV/TSV row by row: nothing but the current row is held in memory.
///
/// Every row has as many fields as the sheet's used width (the rightmost column holding a cell) and
/// rows start at A1, as Excel's "Save as CSV" does for a sheet starting at A1. The width is guessed from
/// `<dimension>`; when a cell proves it wrong, the sheet is read once more with the true width.
public struct DelimitedExporter {
    /// The options in force.
    public let options: DelimitedOptions
    private let fields: FieldEncoder

    /// Creates an exporter.
    public init(options: DelimitedOptions) {
        self.options = options
        self.fields = FieldEncoder(options: options)
    }

    /// Writes `sheet` of `workbook` to `sink`.
    /// - Throws: `XLSXError` from the reader, `ExportError` for unmappable characters and write failures.
    @discardableResult
    public func export(_ sheet: SheetInfo, of workbook: Workbook, to sink: some ExportSink) throws -> DelimitedSummary {
        var cursor = try workbook.cells(of: sheet)
        let guess = cursor.dimension?.last.column ?? 0
        let first = try pass(&cursor, width: guess, to: sink)
        if first.usedWidth == guess { return first.summary(reads: 1) }
        try sink.restart()
        var again = try workbook.cells(of: sheet)
        return try pass(&again, width: first.usedWidth, to: sink).summary(reads: 2)
    }

    private struct PassResult {
        var rows = 0
        var usedWidth = 0
        var outOfOrder = 0
        func summary(reads: Int) -> DelimitedSummary {
            DelimitedSummary(rows: rows, columns: usedWidth, reads: reads, outOfOrderCells: outOfOrder)
        }
    }

    /// One read of the sheet writing `width` fields per row; once a cell lies beyond `width` it stops
    /// writing and only measures the used width, since the output will be redone anyway.
    private func pass(_ cursor: inout SheetCursor, width: Int, to sink: some ExportSink) throws -> PassResult {
        var result = PassResult()
        var writing = width > 0
        var row: [UInt8] = options.encoding.preamble
        var currentRow = 0
        var nextColumn = 1
        let separator = options.format.separator
        let sheetName = cursor.sheet.name

        func finishRow() throws {
            if nextColumn <= width {
                for column in nextColumn...width where column > 1 { row.append(separator) }
            }
            row += [0x0D, 0x0A]
            try sink.write(row)
            row.removeAll(keepingCapacity: true)
            nextColumn = 1
        }

        while let cell = try cursor.next() {
            let address = cell.address
            guard address.row > currentRow || (address.row == currentRow && address.column >= nextColumn) else {
                result.outOfOrder += 1
                continue
            }
            result.usedWidth = max(result.usedWidth, address.column)
            result.rows = address.row
            if address.column > width { writing = false }
            guard writing else { continue }
            if address.row > currentRow {
                if currentRow > 0 { try finishRow() }
                for _ in (currentRow + 1)..<address.row { try finishRow() }
                currentRow = address.row
            }
            while nextColumn < address.column {
                if nextColumn > 1 { row.append(separator) }
                nextColumn += 1
            }
            if address.column > 1 { row.append(separator) }
            try fields.append(options.cellText.text(of: cell.value), to: &row, cell: address.a1, sheet: sheetName)
            nextColumn = address.column + 1
        }
        if writing && currentRow > 0 { try finishRow() }
        if result.rows == 0 { try sink.write(row) }
        return result
    }
}
