import Procedures
import ArgumentParser
import Foundation
import SafeOutput
import SheetExport
import XLSXReader

/// `bunseki export FILE`: a sheet, or every sheet, as CSV, TSV or the cell-level JSON of docs/JSON.md.
struct ExportCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a sheet (or every sheet) as CSV, TSV or cell-level JSON.",
        discussion: """
            Dates are ISO 8601 unless --date-format gives a pattern of yyyy yy MM M dd d HH H mm ss SSS \
            ('quoted' text is copied). Without -o a single sheet goes to standard output; with --all-sheets, \
            -o is a folder (default: the workbook's folder) and each sheet gets a file named after it.
            """)

    @Argument(help: "The .xlsx workbook to export.")
    var file: String

    @Option(name: .long, help: "Sheet name, or its 1-based position (default: the first visible worksheet).")
    var sheet: String?

    @Option(name: .long, help: "Output format.")
    var format: ExportFormat = .csv

    @Option(name: .long, help: "CSV/TSV text encoding; utf-8-bom lets Excel open Japanese text correctly.")
    var encoding: OutputEncoding = .utf8

    @Flag(name: .long, help: "Write ? for characters Shift_JIS cannot hold instead of stopping.")
    var replace = false

    @Option(name: .long, help: "Date pattern for CSV/TSV, e.g. yyyy/MM/dd (default: ISO 8601).")
    var dateFormat: String?

    @Flag(name: .long, help: "Export every worksheet, one file each, into the -o folder.")
    var allSheets = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "Output file (or folder with --all-sheets); - for standard output.")
    var destination: String?

    @Flag(name: .long, help: "Replace existing output files.")
    var force = false

    @OptionGroup var output: OutputOptions

    /// `--json` is a shorthand for `--format json`.
    private var effectiveFormat: ExportFormat { output.json ? .json : format }

    func validate() throws {
        if allSheets && sheet != nil { throw ValidationError("--all-sheets and --sheet cannot be used together.") }
        if allSheets && destination == "-" { throw ValidationError("--all-sheets writes files; give a folder with -o.") }
        if effectiveFormat == .json && encoding != .utf8 { throw ValidationError("JSON is always written in UTF-8.") }
    }

    func execute(language: Language) throws {
        try InputFile.check(file)
        let workbook = try Workbook(path: file)
        let writer = SheetWriter(format: effectiveFormat, options: DelimitedOptions(
            format: effectiveFormat == .tsv ? .tsv : .csv, encoding: encoding, replaceUnmappable: replace,
            cellText: CellText(dateFormat: try dateFormat.map { try DateFormat(pattern: $0) } ?? .iso8601)))
        if allSheets {
            try exportAll(workbook, writer: writer, language: language)
        } else if let destination, destination != "-" {
            let chosen = try SheetChoice.sheet(sheet, in: workbook)
            let written = try writer.write(chosen, of: workbook, to: destination, input: file, overwrite: force)
            emit(ExportText.written(written, language: language))
            warn(ExportText.outOfOrderWarning(written, language: language))
        } else {
            let written = try writer.writeToStandardOutput(try SheetChoice.sheet(sheet, in: workbook), of: workbook)
            warn(ExportText.outOfOrderWarning(written, language: language))
        }
    }

    /// Every worksheet into the output folder; all names are checked before the first file is written.
    private func exportAll(_ workbook: Workbook, writer: SheetWriter, language: Language) throws {
        let folder = destination ?? URL(fileURLWithPath: file).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError.output(.writeFailed(path: folder, reason: error.localizedDescription))
        }
        let worksheets = workbook.sheets.filter { $0.kind == .worksheet }
        let names = SheetFileName.names(for: worksheets.map(\.name), extension: effectiveFormat.fileExtension)
        let paths = names.map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
        if !force, let taken = paths.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw ExportError.output(.destinationExists(path: taken))
        }
        for (sheet, path) in zip(worksheets, paths) {
            let written = try writer.write(sheet, of: workbook, to: path, input: file, overwrite: force)
            emit(ExportText.written(written, language: language))
            warn(ExportText.outOfOrderWarning(written, language: language))
        }
    }

    /// Warnings go to standard error so that a CSV on standard output stays clean.
    private func warn(_ text: String?) {
        if let text { FileHandle.standardError.write(Data((text + "\n").utf8)) }
    }
}
