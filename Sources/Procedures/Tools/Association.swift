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

    /// The columns chosen and their matrix: the result value every front end and the exercises' answer keys read.
    package func analyse(_ input: ToolInput) throws -> (selection: NumericSelection, matrix: CorrelationMatrix) {
        let selection = try NumericSelection(table: input.table, columns: ColumnList.split(columns), file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: input.sheet)
        return (selection, try CorrelationMatrix.compute(selection.variables))
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let analysis = tool == .correlation ? "correl" : "covariance"
        let (selection, matrix) = try analyse(input)
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
