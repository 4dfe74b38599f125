import XLSXReader

/// Streams a sheet as the cell-level JSON documented in docs/JSON.md ("export"): the sheet's name,
/// position, state, date system and merged ranges, then every non-empty cell on its own line, in
/// document order. Always UTF-8; only the current cell is held in memory.
public struct JSONExporter {
    /// Creates an exporter.
    public init() {}

    /// Writes `sheet` of `workbook` to `sink`; returns the number of cells written.
    /// - Throws: `XLSXError` from the reader, `ExportError` for write failures.
    @discardableResult
    public func export(_ sheet: SheetInfo, of workbook: Workbook, to sink: some ExportSink) throws -> Int {
        let merged = try workbook.mergedRanges(of: sheet).map { JSONText.quoted($0.a1) }
        let system = workbook.dateSystem == .excel1904 ? "1904" : "1900"
        let head = """
            {
              "format": "bunseki-cells",
              "version": 1,
              "sheet": {"name": \(JSONText.quoted(sheet.name)), "index": \(sheet.index + 1), "state": "\(sheet.state.rawValue)"},
              "dateSystem": "\(system)",
              "mergedRanges": [\(merged.joined(separator: ", "))],
              "cells": [
            """
        try sink.write(Array(head.utf8))
        var cursor = try workbook.cells(of: sheet, formulas: true)
        var count = 0
        while let cell = try cursor.next() {
            let line = (count == 0 ? "\n    " : ",\n    ") + CellJSON.object(for: cell)
            try sink.write(Array(line.utf8))
            count += 1
        }
        try sink.write(Array((count == 0 ? "]\n}\n" : "\n  ]\n}\n").utf8))
        return count
    }
}
