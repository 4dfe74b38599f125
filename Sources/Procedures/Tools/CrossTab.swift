import Analysis
import Foundation
import Report
import Tabular

/// `bunseki crosstab FILE --rows COL --cols COL`: a cross tabulation of two category columns with the
/// chi-square test of independence, Cramér's V, adjusted residuals and (2×2) Fisher's exact test.
package struct CrossTabProcedure: Procedure {
    package var rows: String
    package var cols: String
    /// `--order 列=A,B,C` choices (`CategoryOrder`).
    package var order: [String] = []

    package init(rows: String, cols: String, order: [String] = []) {
        self.rows = rows
        self.cols = cols
        self.order = order
    }

    package func validate() throws {
        _ = try CategoryOrder.parse(order)
    }

    /// The two columns' labels and their cross tabulation: the result value every front end and the exercises'
    /// answer keys read.
    package func analyse(_ input: ToolInput) throws -> (categories: [CategoryDataSheet.Column], table: CrossTabulation) {
        let table = input.table
        let chosen = try [rows, cols].map { try table.requireColumn($0) }
        guard chosen[0].index != chosen[1].index else {
            throw ProcedureError.sameColumnTwice(column: chosen[0].name, options: ["--rows", "--cols"])
        }
        let categories = chosen.map(\.categoryDataColumn)
        let orders = try CategoryOrder(order, table: table, file: input.file)
        return (categories, try CrossTabulation.tabulate(rows: categories[0].labels, columns: categories[1].labels,
                                                         rowOrder: orders.preferred(chosen[0]),
                                                         columnOrder: orders.preferred(chosen[1])))
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let (categories, crossTab) = try analyse(input)
        let document = CrossTabWorkbook.document(language: language, sourceRows: table.rowNumbers, rows: categories[0],
                                                 columns: categories[1], table: crossTab,
                                                 title: input.fileName)
        return ProcedureResult(analysis: "crosstab", input: input, selection: nil, language: language,
                               body: CrossTabOutcome(rowColumn: categories[0].name,
                                         columnColumn: categories[1].name, result: crossTab), document: { document })
    }
}
/// What `crosstab --json` prints (docs/JSON.md).
package struct CrossTabOutcome: Encodable {
    package let rowColumn: String
    package let columnColumn: String
    package let result: CrossTabulation
}

