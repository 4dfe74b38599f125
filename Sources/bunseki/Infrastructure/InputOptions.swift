import ArgumentParser
import Tabular
import XLSXReader

/// Input options shared by every subcommand that reads a table from a workbook.
struct InputOptions: ParsableArguments {
    @Argument(help: "The .xlsx workbook to read.")
    var file: String

    @Option(name: .long, help: "Sheet name, or its 1-based position (default: the first visible worksheet).")
    var sheet: String?

    @Option(name: .long, help: "1-based row holding the column headers (default: the first non-empty row).")
    var headerRow: Int?

    @Flag(name: .long, help: "Convert number-like text (１２, 1,234, 12時間) to numbers and list the converted cells.")
    var coerceNumbers = false

    /// Opens the workbook and picks the sheet these options name.
    func openSheet() throws -> (Workbook, SheetInfo) {
        let workbook = try Workbook(path: file)
        return (workbook, try chooseSheet(in: workbook))
    }

    /// Opens the workbook and reads the chosen sheet as a table.
    func loadTable() throws -> LoadedTable {
        let (workbook, sheet) = try openSheet()
        let table = try Table.read(workbook, sheet: sheet, options: TableOptions(headerRow: headerRow, coerceNumbers: coerceNumbers))
        return LoadedTable(workbook: workbook, sheet: sheet, table: table)
    }

    /// `--sheet` as a name first, then as a 1-based number; without it, the first visible worksheet.
    private func chooseSheet(in workbook: Workbook) throws -> SheetInfo {
        guard let sheet else {
            guard let first = workbook.firstVisibleWorksheet else { throw CLIError.noWorksheet(file: workbook.file) }
            return first
        }
        if let named = try? workbook.sheet(named: sheet) { return named }
        if let number = Int(sheet), workbook.sheets.indices.contains(number - 1) { return workbook.sheets[number - 1] }
        return try workbook.sheet(named: sheet)
    }
}

/// A workbook, the sheet chosen from it and that sheet read as a table.
struct LoadedTable {
    let workbook: Workbook
    let sheet: SheetInfo
    let table: Table
}

/// Errors of the command line itself.
enum CLIError: Error, Equatable {
    /// The workbook has no worksheet to read.
    case noWorksheet(file: String)
    /// The output could not be written.
    case outputFailed(detail: String)
}
