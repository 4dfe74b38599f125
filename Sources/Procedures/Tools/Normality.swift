import Analysis
import Foundation
import Report
import Tabular

/// Normality check (正規性の確認): Shapiro–Wilk (AS R94), skewness and kurtosis with their standard errors and a
/// Q–Q plot per column, with a reading that says what to do next.
package struct NormalityProcedure: Procedure {
    /// Columns by header text or letter, comma-separated; nil for every number column.
    package var columns: String?

    package init(columns: String? = nil) {
        self.columns = columns
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let keys = columns.map(ColumnList.split) ?? table.columns.filter { $0.type == .number }.map(\.name)
        guard !keys.isEmpty else { throw ProcedureError.noNumberColumns(file: input.file, sheet: table.sheetName) }
        let selection = try NumericSelection(table: table, columns: keys, file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let checks = try selection.variables.map { variable in
            let count = variable.values.compactMap { $0 }.count
            guard count >= ShapiroWilk.minimumCount else {
                throw SampleError.tooFewValues(file: input.file, sheet: table.sheetName, column: variable.name,
                                               needed: ShapiroWilk.minimumCount, found: count)
            }
            return try NormalityCheck.compute(variable)
        }
        let document = NormalityWorkbook.document(
            language: language, sourceRows: selection.rowNumbers,
            columns: selection.variables.map { DataColumn(name: $0.name, values: $0.values) }, checks: checks,
            title: input.fileName)
        // The terminal gets the figures and their reading; the Q–Q tables (the last sheet) would print every value.
        let shown = ReportDocument(sheets: Array(document.sheets.dropLast()))
        return ProcedureResult(
            analysis: "normality",
            json: CommandOutcome(file: input.file, sheet: table.sheetName, tool: "normality",
                                 body: NormalityOutcome(columns: checks), selection: selection),
            document: { document },
            text: { ReportText.render(shown, input: input.file, sheet: table.sheetName, selection: selection,
                                      writtenTo: $0, language: language) })
    }
}

/// What `normality --json` prints (docs/JSON.md).
package struct NormalityOutcome: Encodable {
    package let columns: [NormalityCheck]
}
