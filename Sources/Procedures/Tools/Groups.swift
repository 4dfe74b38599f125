import Analysis
import Foundation
import Report
import Tabular

/// `bunseki groups FILE --value COL --by COL[,COL]`: count, mean, SD, minimum and maximum of a numeric
/// column by one or two category columns, as a PivotTable gives them.
package struct GroupsProcedure: Procedure {
    package var value: String
    package var by: String
    /// `--order 列=A,B,C` choices (`CategoryOrder`).
    package var order: [String] = []

    package init(value: String, by: String, order: [String] = []) {
        self.value = value
        self.by = by
        self.order = order
    }

    /// The grouping columns: one or two.
    private func keyNames() throws -> [String] {
        let names = ColumnList.split(by)
        guard (1...2).contains(names.count) else { throw ProcedureError.groupingColumnCount(given: names) }
        return names
    }

    package func validate() throws {
        _ = try keyNames()
        _ = try CategoryOrder.parse(order)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let names = try keyNames()
        let table = input.table
        let selection = try NumericSelection(table: table, columns: [value], file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let columns = try names.map { try table.requireColumn($0) }
        let keys = columns.map(\.categoryDataColumn)
        let orders = try CategoryOrder(order, table: table, file: input.file)
        let variable = selection.variables[0]
        let summary = try GroupSummary.compute(variable, by: keys.map { (name: $0.name, values: $0.labels) },
                                               orders: columns.map(orders.preferred))
        let document = GroupSummaryWorkbook.document(
            language: language, sourceRows: selection.rowNumbers, value: DataColumn(name: variable.name, values: variable.values),
            keys: keys, summary: summary, inputFile: input.fileName,
            coerced: !selection.coercedCells.isEmpty, title: input.fileName)
        return ProcedureResult(analysis: "groups", input: input, selection: selection, language: language,
                               body: GroupsOutcome(result: summary), document: { document })
    }
}
/// What `groups --json` prints (docs/JSON.md).
package struct GroupsOutcome: Encodable {
    package let result: GroupSummary
}

