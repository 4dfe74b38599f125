import Analysis

/// クロス集計とカイ二乗検定 (`CrossTabulation`, Pearson without continuity correction, as
/// CHISQ.TEST) of the `rows` labels against the `columns` labels, in the spec's label order.
struct CrosstabSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        CrosstabSolution(table: try Self.tabulate(task, data: data))
    }

    /// The table; shared with the result workbook.
    static func tabulate(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> CrossTabulation {
        let table = data.contingencyTable(rows: task.rows ?? "", columns: task.columns ?? "")
        do {
            return try CrossTabulation(counts: table.counts, rowLabels: table.rowLabels, columnLabels: table.columnLabels)
        } catch {
            throw SolverFailure(reason: String(describing: error))
        }
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
