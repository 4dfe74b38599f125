import ArgumentParser
import Analysis
import Foundation
import Report

/// `bunseki rank FILE --column COL`: the ToolPak's Rank and Percentile with live `LARGE`, `RANK.EQ`
/// and `PERCENTRANK.INC` formulas and a reading.
struct RankCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank and percent rank of a numeric column (the ToolPak's 順位と百分位数), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The column to rank, by header text or column letter; empty cells are skipped.")
    var column: String

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: [column], file: input.file)
        // Points count the numbers only, as the ToolPak's do when its input range holds no blanks.
        let (variable, rows, values) = try selection.series(file: input.file, sheet: table.sheetName, column: column)
        let ranking = try RankAndPercentile.compute(Variable(name: variable.name, values: values))
        let document = RankPercentileWorkbook.document(language: language, sourceRows: rows, values: values,
                                                       ranking: ranking, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "rank", sheet: table.sheetName,
                selection: selection, language: language,
                json: { RankOutcome(sourceRows: rows, ranking: ranking) })
    }
}

/// What `rank --json` prints (docs/JSON.md).
struct RankOutcome: Encodable {
    struct Ranked: Encodable {
        let point: Int
        let sourceRow: Int
        let value: Double
        let rank: Int
        let percent: Double?
    }

    let column: String
    let rows: [Ranked]

    init(sourceRows: [Int], ranking: RankAndPercentile) {
        column = ranking.name
        rows = ranking.rows.map { row in
            Ranked(point: row.point, sourceRow: sourceRows[row.point - 1], value: row.value, rank: row.rank, percent: row.percent)
        }
    }
}
