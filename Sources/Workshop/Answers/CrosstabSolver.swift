import Analysis
import Procedures
import Report

/// クロス集計とカイ二乗検定 by `CrossTabProcedure` (Pearson without continuity correction, as CHISQ.TEST) of the
/// `rows` labels against the `columns` labels, in the spec's label order; labels that never occur are not shown.
struct CrosstabSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        try Self.tabulate(task, data: data)
    }

    /// The two columns' labels and the table.
    static func tabulate(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> CrosstabSolution {
        let (rows, columns) = (task.rows ?? "", task.columns ?? "")
        let procedure = CrossTabProcedure(rows: rows, cols: columns, order: try data.order(rows) + data.order(columns))
        let (categories, table) = try data.run { try procedure.analyse($0) }
        return CrosstabSolution(sourceRows: data.input.table.rowNumbers, categories: categories, table: table)
    }
}

struct CrosstabSolution: TaskSolution {
    let sourceRows: [Int]
    let categories: [CategoryDataSheet.Column]
    let table: CrossTabulation

    func document(title: String) -> ReportDocument {
        CrossTabWorkbook.document(language: .ja, sourceRows: sourceRows, rows: categories[0], columns: categories[1],
                                  table: table, title: title)
    }

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        switch statistic {
        case .chiSquare: return table.chiSquare
        case .degreesOfFreedom: return Double(table.degreesOfFreedom)
        case .pValue: return table.pValue
        default: throw SolverFailure(ja: "\(statistic.rawValue) はクロス集計の数値ではありません。",
                                     en: "\(statistic.rawValue) is not a figure of a cross tabulation.")
        }
    }
}
