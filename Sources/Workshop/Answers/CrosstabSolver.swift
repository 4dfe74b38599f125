import Analysis
import Procedures
import Report

/// クロス集計とカイ二乗検定 by `CrossTabProcedure` (Pearson without continuity correction, as CHISQ.TEST) of the
/// `rows` labels against the `columns` labels, in the spec's label order; labels that never occur are not shown.
struct CrosstabSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        CrosstabSolution(table: try Self.tabulate(task, data: data).table)
    }

    /// The two columns' labels and the table; shared with the result workbook.
    static func tabulate(_ task: TaskSpec, data: TaskTable) throws(SolverFailure)
        -> (categories: [CategoryDataSheet.Column], table: CrossTabulation) {
        let (rows, columns) = (task.rows ?? "", task.columns ?? "")
        let procedure = CrossTabProcedure(rows: rows, cols: columns, order: try data.order(rows) + data.order(columns))
        return try data.run { try procedure.analyse($0) }
    }
}

private struct CrosstabSolution: TaskSolution {
    let table: CrossTabulation

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        switch statistic {
        case .chiSquare: return table.chiSquare
        case .degreesOfFreedom: return Double(table.degreesOfFreedom)
        case .pValue: return table.pValue
        default: throw SolverFailure(reason: "\(statistic.rawValue) is not a figure of a cross tabulation")
        }
    }
}
