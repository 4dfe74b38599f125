import Analysis
import Foundation
import Report

/// `bunseki rank FILE --column COL`: the ToolPak's Rank and Percentile with live `LARGE`, `RANK.EQ`
/// and `PERCENTRANK.INC` formulas and a reading.
package struct RankProcedure: Procedure {
    package var column: String

    package init(column: String) {
        self.column = column
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let selection = try NumericSelection(table: table, columns: [column], file: input.file)
        // Points count the numbers only, as the ToolPak's do when its input range holds no blanks.
        let (variable, rows, values) = try selection.series(file: input.file, sheet: table.sheetName, column: column)
        let ranking = try RankAndPercentile.compute(Variable(name: variable.name, values: values))
        let document = RankPercentileWorkbook.document(language: language, sourceRows: rows, values: values,
                                                       ranking: ranking, title: input.fileName)
        return ProcedureResult(analysis: "rank", input: input, selection: selection, language: language,
                               body: RankOutcome(sourceRows: rows, ranking: ranking), document: { document })
    }
}
/// What `rank --json` prints (docs/JSON.md).
package struct RankOutcome: Encodable {
    package struct Ranked: Encodable {
        package let point: Int
        package let sourceRow: Int
        package let value: Double
        package let rank: Int
        package let percent: Double?
    }

    package let column: String
    package let rows: [Ranked]

    package init(sourceRows: [Int], ranking: RankAndPercentile) {
        column = ranking.name
        rows = ranking.rows.map { row in
            Ranked(point: row.point, sourceRow: sourceRows[row.point - 1], value: row.value, rank: row.rank, percent: row.percent)
        }
    }
}

