import Analysis
import Procedures
import Report

/// 相関: Pearson's r of the two `variables` by `AssociationProcedure` (the `correl` tool), on the rows complete in both.
struct CorrelationSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        let procedure = AssociationProcedure(tool: .correlation, columns: try TaskTable.list(task.variables ?? []))
        let (selection, matrix) = try data.run { try procedure.analyse($0) }
        return CorrelationSolution(selection: selection, matrix: matrix)
    }
}

private struct CorrelationSolution: TaskSolution {
    let selection: NumericSelection
    let matrix: CorrelationMatrix

    /// The rows complete in both columns, regrouped as the ToolPak's input range.
    func document(title: String) -> ReportDocument {
        let complete = selection.rowNumbers.indices.filter { row in selection.variables.allSatisfy { $0.values[row] != nil } }
        let columns = selection.variables.map { variable in
            DataColumn(name: variable.name, values: complete.map { variable.values[$0] })
        }
        return AssociationWorkbook.document(language: .ja, tool: .correlation, sourceRows: TaskResultWorkbook.positions(columns),
                                            columns: columns, matrix: matrix, title: title)
    }

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        guard statistic == .correlation, let r = matrix.pair(0, 1)?.pearson else {
            throw SolverFailure(ja: "相関係数が定まりません（値がすべて同じ列があるのでは？）。",
                                en: "The correlation is undefined (a constant column?).")
        }
        return r
    }
}
