import Procedures
import Analysis
import ArgumentParser
import CSVReader
import Foundation
import Tabular
import XLSXReader

/// Input options shared by every subcommand that reads a table from a workbook or a CSV/TSV file.
struct InputOptions: ParsableArguments {
    @Argument(help: "The .xlsx workbook, or .csv/.tsv/.txt file, to read.")
    var file: String

    @Option(name: .long, help: "Sheet name, or its 1-based position (default: the first visible worksheet).")
    var sheet: String?

    @Option(name: .long, help: "1-based row holding the column headers (default: found below titles and units).")
    var headerRow: Int?

    @Option(name: .long, help: "Read only this range, e.g. A4:F40; its first row is the header.")
    var range: String?

    @Flag(name: .long, help: "Take every row after the header as data: no total, note or blank rows left out, no header found.")
    var noDetectLayout = false

    @Flag(name: .long, help: "Convert number-like text (１２, 1,234, ▲56, 85%, 12時間), statistical symbols (－ … x) and dates typed as text, listing each cell.")
    var coerceNumbers = false

    @Flag(name: .long, help: "With conversion, read the dash － (no such case) as 0 instead of a missing value.")
    var dashAsZero = false

    @Option(name: .long, help: "CSV only: the text encoding (default: detected).")
    var encoding: TextEncoding?

    @Option(name: .long, help: "CSV only: the field separator (default: detected; tab for .tsv).")
    var delimiter: CSVDelimiter?

    /// Files read as delimited text rather than as workbooks, by extension.
    private static let delimitedTextExtensions: Set<String> = ["csv", "tsv", "txt"]

    /// The input's file name without its folder: the title of result workbooks.
    var fileName: String { (file as NSString).lastPathComponent }

    private var fileExtension: String { (file as NSString).pathExtension.lowercased() }

    /// Opens the workbook and picks the sheet these options name.
    func openSheet() throws -> (Workbook, SheetInfo) {
        try InputFile.check(file)
        let workbook = try Workbook(path: file)
        return (workbook, try chooseSheet(in: workbook))
    }

    /// Reads the table: a CSV/TSV file as it is, or the chosen sheet of a workbook.
    /// - Parameter coerce: convert as `--coerce-numbers` does whatever the flag says (`tidy` always converts).
    /// - Parameter progress: the command's progress line, told how much of the file has been read.
    func loadTable(coerce: Bool? = nil, progress: ProgressLine? = nil) throws -> LoadedTable {
        progress?.begin(.reading)
        if let headerRow, headerRow < 1 { throw ProcedureError.headerRowBelowOne(row: headerRow) }
        let options = try tableOptions(coerce: coerce)
        if Self.delimitedTextExtensions.contains(fileExtension) {
            try InputFile.check(file)
            let csv = try CSVFile(path: file, options: CSVOptions(
                encoding: encoding, delimiter: delimiter ?? (fileExtension == "tsv" ? .tab : nil)))
            return LoadedTable(source: .csv(csv), table: try Table.read(csv: csv, options: options, progress: progress?.readProgress))
        }
        let (workbook, sheet) = try openSheet()
        let table = try Table.read(workbook, sheet: sheet, options: options, progress: progress?.readProgress)
        return LoadedTable(source: .sheet(workbook, sheet), table: table)
    }

    /// The table options these flags ask for.
    func tableOptions(coerce: Bool? = nil) throws -> TableOptions {
        var cellRange: CellRange?
        if let range {
            guard let parsed = CellRange(a1: range.trimmingCharacters(in: .whitespaces).uppercased()) else {
                throw ProcedureError.invalidRange(text: range)
            }
            cellRange = parsed
        }
        return TableOptions(headerRow: headerRow, coerceNumbers: coerce ?? coerceNumbers, detectLayout: !noDetectLayout, range: cellRange,
                            dashAsZero: dashAsZero)
    }

    private func chooseSheet(in workbook: Workbook) throws -> SheetInfo {
        try SheetChoice.sheet(sheet, in: workbook)
    }
}
