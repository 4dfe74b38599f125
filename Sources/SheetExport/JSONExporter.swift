import XLSXReader

/// Streams a sheet as the cell-level JSON documented in docs/JSON.md ("export"): every non-empty cell on
/// its own line in document order, then the date system, merged ranges and the sheet's name, position and
/// state (keys sorted, as in every Bunseki JSON). Always UTF-8; only the current cell is held in memory.
public struct JSONExporter {
    /// Creates an exporter.
    public init() {}

    /// Writes `sheet` of `workbook` to `sink`; returns the number of cells written.
    /// - Throws: `XLSXError` from the reader, `ExportError` for write failures.
    @discardableResult
    public func export(_ sheet: SheetInfo, of workbook: Workbook, to sink: some ExportSink) throws -> Int {
        try sink.write(Array("{\n  \"cells\": [".utf8))
        var cursor = try workbook.cells(of: sheet, formulas: true)
        var count = 0
        while let cell = try cursor.next() {
            let line = (count == 0 ? "\n    " : ",\n    ") + CellJSON.object(for: cell)
            try sink.write(Array(line.utf8))
            count += 1
        }
        // mergeCells follows sheetData in the part, so the ranges come from a second, short read.
        let merged = try workbook.mergedRanges(of: sheet).map { JSONText.quoted($0.a1) }
        let system = workbook.dateSystem == .excel1904 ? "1904" : "1900"
        let tail = """
            \(count == 0 ? "]" : "\n  ]"),
              "dateSystem": "\(system)",
              "format": "bunseki-cells",
              "mergedRanges": [\(merged.joined(separator: ", "))],
              "sheet": {"index": \(sheet.index + 1), "name": \(JSONText.quoted(sheet.name)), "state": "\(sheet.state.rawValue)"},
              "version": 1
            }

            """
        try sink.write(Array(tail.utf8))
        return count
    }
}
