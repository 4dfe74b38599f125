import Analysis
import Foundation
import Report
import Tabular

/// The ToolPak's Correlation (相関) and Covariance (共分散) tools: one matrix of the chosen columns, written with the
/// asked tool's sheet first (the workbook holds both, with p-values, n per pair and Spearman's ρ).
package struct AssociationProcedure: Procedure {
    package var tool: AssociationWorkbook.Tool
    /// Two or more columns, comma-separated.
    package var columns: String

    package init(tool: AssociationWorkbook.Tool, columns: String) {
        self.tool = tool
        self.columns = columns
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let analysis = tool == .correlation ? "correl" : "covariance"
        let table = input.table
        let selection = try NumericSelection(table: table, columns: ColumnList.split(columns), file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let matrix = try CorrelationMatrix.compute(selection.variables)
        let document = AssociationWorkbook.document(
            language: language, tool: tool, sourceRows: selection.rowNumbers,
            columns: selection.variables.map { DataColumn(name: $0.name, values: $0.values) }, matrix: matrix,
            title: input.fileName)
        return ProcedureResult(analysis: analysis, input: input, selection: selection, language: language,
                               body: AssociationOutcome(result: matrix), document: { document })
    }
}

/// What `correl --json` and `covariance --json` print (docs/JSON.md).
package struct AssociationOutcome: Encodable {
    package let result: CorrelationMatrix
}
