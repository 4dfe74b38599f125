import Analysis
import Procedures

/// 相関: Pearson's r of the two `variables` by `AssociationProcedure` (the `correl` tool), on the rows complete in both.
struct CorrelationSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        CorrelationSolution(pair: try Self.correlate(task, data: data).matrix.pair(0, 1))
    }

    /// The columns chosen and their matrix; shared with the result workbook.
    static func correlate(_ task: TaskSpec, data: TaskTable) throws(SolverFailure)
        -> (selection: NumericSelection, matrix: CorrelationMatrix) {
        let procedure = AssociationProcedure(tool: .correlation, columns: try TaskTable.list(task.variables ?? []))
        return try data.run { try procedure.analyse($0) }
    }
}

private struct CorrelationSolution: TaskSolution {
    let pair: CorrelationMatrix.Pair?

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        guard statistic == .correlation, let r = pair?.pearson else {
            throw SolverFailure(reason: "the correlation is undefined (a constant column?)")
        }
        return r
    }
}
