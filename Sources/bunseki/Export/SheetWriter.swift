import Procedures
import Foundation
import SafeOutput
import SheetExport
import XLSXReader

/// One exported sheet, for the summary line.
struct WrittenSheet {
    let sheet: String
    let path: String
    /// Rows × columns for CSV/TSV, nil for JSON.
    let grid: (rows: Int, columns: Int)?
    /// Cells written for JSON.
    let cells: Int?
    /// Cells left out of a CSV/TSV because the sheet listed them after a later cell.
    var outOfOrderCells = 0
}

/// Runs the right exporter for the format into an atomically written file or standard output.
struct SheetWriter {
    let format: ExportFormat
    let options: DelimitedOptions

    func write(_ sheet: SheetInfo, of workbook: Workbook, to path: String, input: String?, overwrite: Bool) throws -> WrittenSheet {
        let file = try AtomicOutputFile(destination: path, inputs: input.map { [$0] } ?? [], overwrite: overwrite)
        defer { file.discard() }
        let written = try export(sheet, of: workbook, to: file, path: path)
        try file.commit()
        return written
    }

    /// Standard output cannot be rewound, and a lying `<dimension>` may force a second pass, so the export
    /// goes to a temporary file first and is copied out in blocks.
    func writeToStandardOutput(_ sheet: SheetInfo, of workbook: Workbook) throws -> WrittenSheet {
        let folder = FileManager.default.temporaryDirectory
        let path = folder.appendingPathComponent("bunseki-export-\(UUID().uuidString).\(format.fileExtension)").path
        let written = try write(sheet, of: workbook, to: path, input: nil, overwrite: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ExportError.output(.writeFailed(path: "-", reason: "temporary file \(path) vanished"))
        }
        defer { try? handle.close() }
        while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
            FileHandle.standardOutput.write(block)
        }
        return written
    }

    private func export(_ sheet: SheetInfo, of workbook: Workbook, to sink: some ExportSink, path: String) throws -> WrittenSheet {
        switch format {
        case .json:
            let cells = try JSONExporter().export(sheet, of: workbook, to: sink)
            return WrittenSheet(sheet: sheet.name, path: path, grid: nil, cells: cells)
        case .csv, .tsv:
            let summary = try DelimitedExporter(options: options).export(sheet, of: workbook, to: sink)
            return WrittenSheet(sheet: sheet.name, path: path, grid: (summary.rows, summary.columns), cells: nil,
                                outOfOrderCells: summary.outOfOrderCells)
        }
    }
}
