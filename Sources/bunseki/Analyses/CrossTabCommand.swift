import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki crosstab FILE --rows COL --cols COL`: a cross tabulation of two category columns with the
/// chi-square test of independence, Cramér's V, adjusted residuals and (2×2) Fisher's exact test.
struct CrossTabCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "crosstab",
        abstract: "Cross tabulation (クロス集計) of two category columns with the chi-square test, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The column whose categories label the table's rows.")
    var rows: String

    @Option(name: .long, help: "The column whose categories label the table's columns.")
    var cols: String

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let table = try input.loadTable().table
        let chosen = try [rows, cols].map { try table.requireColumn($0) }
        guard chosen[0].index != chosen[1].index else {
            throw CLIError.sameColumnTwice(column: chosen[0].name, options: ["--rows", "--cols"])
        }
        let categories = chosen.map(\.categoryDataColumn)
        let crossTab = try CrossTabulation.tabulate(rows: categories[0].labels, columns: categories[1].labels)
        let document = CrossTabWorkbook.document(language: language, sourceRows: table.rowNumbers, rows: categories[0],
                                                 columns: categories[1], table: crossTab,
                                                 title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "crosstab", sheet: table.sheetName,
                selection: nil, language: language,
                json: { CrossTabOutcome(rowColumn: categories[0].name,
                                         columnColumn: categories[1].name, result: crossTab) })
    }
}

/// What `crosstab --json` prints (docs/JSON.md).
struct CrossTabOutcome: Encodable {
    let rowColumn: String
    let columnColumn: String
    let result: CrossTabulation
}
