import Procedures
import ArgumentParser
import Foundation
import Report
import SheetExport
import Tabular
import XLSXReader

/// `bunseki tidy FILE -o OUT.xlsx|OUT.csv`: the sheet as a machine-readable table (one header row, one row
/// per case, numbers as numbers, dates as dates), every change listed by its original cells, and the sheet
/// rated against the 2020 MIC checklist. The input is only read.
struct TidyCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "tidy",
        abstract: "Write the sheet as a machine-readable table, listing every change and checking the sheet.",
        discussion: """
            Titles, units, total and note rows are left out; two-row headers are joined; ▲1,234, 85%, 1,234, \
            dates typed as text (令和6年4月1日, R6.4.2) are converted; statistical symbols (－ … x *) become blank \
            cells (--dash-as-zero reads － as 0); labels spaced for alignment are merged. A .xlsx output also \
            holds the sheets 変更点 (every change by its original cell) and チェック (the checklist rating); \
            a .csv output is UTF-8 with a BOM, dates as 2024-04-01. --long turns period or category columns \
            into rows: the key columns, then 項目 and 値.
            """)

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "One row per row key and number column (項目, 値), total columns left out.")
    var long = false

    @OptionGroup var result: ResultOptions

    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let loaded = try input.loadTable(coerce: true)
        let table = loaded.table
        let tidy = long
            ? try TidyTable(long: table, item: language.pick(ja: "項目", en: "item"), value: language.pick(ja: "値", en: "value"))
            : TidyTable(table)
        let checklist = try TidyCommand.check(loaded)
        let destination = result.destination(for: input.file, analysis: "tidy")
        let written = !output.json || result.output != nil ? try write(tidy, checklist: checklist, to: destination, language: language) : nil
        if output.json {
            try emitJSON(TidyJSON(file: input.file, sheet: table.sheetName, written: written?.relativePath, tidy: tidy, checklist: checklist))
        } else {
            emit(TidyText.render(tidy, checklist: checklist, table: table, writtenTo: written, language: language))
        }
    }

    /// The checklist items for the sheet the table came from, from a pass over its cells.
    private static func check(_ loaded: LoadedTable) throws -> [SheetChecklist.Item] {
        var checklist = SheetChecklist(table: loaded.table)
        switch loaded.source {
        case .sheet(let workbook, let sheet):
            var cursor = try workbook.cells(of: sheet, formulas: true)
            while let cell = try cursor.next() { checklist.add(cell) }
            return checklist.items(merges: try cursor.trailingMergedRanges(), table: loaded.table)
        case .csv(let file):
            try Table.forEachCell(of: file) { checklist.add($0) }
            return checklist.items(merges: [], table: loaded.table)
        }
    }

    private func write(_ tidy: TidyTable, checklist: [SheetChecklist.Item], to destination: URL, language: Language) throws -> URL {
        let format = destination.pathExtension.lowercased()
        if format == "csv" || format == "tsv" {
            // Numbers in full, dates as ISO 8601 (`2024-04-01`): a value as displayed.
            let rows = [tidy.columns.map(\.name)] + tidy.sourceRows.indices.map { row in
                tidy.columns.map { $0.values[row].displayText }
            }
            try RecordsExporter.write(rows, to: destination.path, inputs: [input.file], overwrite: result.force,
                                      options: DelimitedOptions(format: format == "tsv" ? .tsv : .csv, encoding: .utf8BOM),
                                      name: destination.lastPathComponent)
            return destination
        }
        let layout = TidyLayout(
            language: language, title: input.fileName,
            columns: tidy.columns.map { ($0.name, $0.values.map(TidyCommand.cell)) },
            changes: tidy.changes.map { TidyText.change($0, language) },
            checklist: checklist.map { TidyLayout.CheckItem(item: TidyText.item($0.check, language), passed: $0.passed, count: $0.count, cells: $0.cells) })
        return try ResultFile.write(layout.document, input: input.file, options: result, analysis: "tidy")
    }

    /// A value as a result-workbook cell: numbers and dates stay numbers (dates formatted as dates).
    static func cell(_ value: TableValue) -> ReportCell? {
        switch value {
        case .empty: nil
        case .number(let number): .number(number)
        case .date(let date): .number(date.serial1900, format: .date)
        case .duration(let days): .number(days)
        case .text(let text): .text(text)
        case .bool(let flag): ReportCell(.value(.bool(flag)))
        case .error(let code): .text(code)
        }
    }
}
