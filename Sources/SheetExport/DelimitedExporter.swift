import XLSXReader

/// What a delimited export wrote.
public struct DelimitedSummary: Sendable, Hashable {
    /// Rows written (from row 1 to the last row holding a cell).
    public let rows: Int
    /// Fields per row: the rightmost column holding a cell.
    public let columns: Int
    /// Times the sheet was read: 1, or 2 when the width guess (`<dimension>` or the first row) was wrong.
    public let reads: Int
    /// Cells skipped because they came after a later cell in the file (a malformed sheet).
    public let outOfOrderCells: Int
}

/// Streams a sheet to CSV/TSV row by row: nothing but the current row is held in memory.
///
/// Every row has as many fields as the sheet's used width (the rightmost column holding a cell) and
/// rows start at A1, so the CSV's row n is the sheet's row n. The width is guessed from `<dimension>`, or
/// from the first row when there is none; when the cells prove it wrong, the sheet is read once more.
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
        let first = try pass(&cursor, width: cursor.dimension?.last.columnNumber, to: sink)
        if first.usedWidth == first.writtenWidth { return first.summary(reads: 1) }
        try sink.restart()
        var again = try workbook.cells(of: sheet)
        return try pass(&again, width: first.usedWidth, to: sink).summary(reads: 2)
    }

    private struct PassResult {
        var rows = 0
        var usedWidth = 0
        var writtenWidth = 0
        var outOfOrder = 0
        func summary(reads: Int) -> DelimitedSummary {
            DelimitedSummary(rows: rows, columns: usedWidth, reads: reads, outOfOrderCells: outOfOrder)
        }
    }

    /// One read of the sheet writing `width` fields per row (nil: as many as the first row holds). Once a
    /// cell lies beyond the width it stops writing and only measures, since the output will be redone.
    private func pass(_ cursor: inout SheetCursor, width: Int?, to sink: some ExportSink) throws -> PassResult {
        var result = PassResult()
        var row = DelimitedRow(separator: options.format.separator, width: width)
        var writing = true
        let sheetName = cursor.sheet.name
        try sink.write(options.encoding.preamble)
        while let cell = try cursor.next() {
            let address = cell.address
            guard !writing || row.accepts(address) else {
                result.outOfOrder += 1
                continue
            }
            result.usedWidth = max(result.usedWidth, address.columnNumber)
            result.rows = max(result.rows, address.rowNumber)
            if let known = row.width, address.columnNumber > known { writing = false }
            guard writing else { continue }
            if address.rowNumber != row.currentRow { try row.start(row: address.rowNumber, into: sink) }
            row.move(to: address.columnNumber)
            try fields.append(options.cellText.text(of: cell.value), to: &row.bytes, cell: address, sheet: sheetName)
        }
        if writing && row.currentRow > 0 { try row.finish(into: sink) }
        result.writtenWidth = writing ? row.width ?? 0 : -1
        return result
    }
}
