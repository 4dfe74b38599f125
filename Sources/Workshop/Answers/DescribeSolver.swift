import Analysis
import Procedures
import Report

/// 基本統計量: `DescribeProcedure` on the task's variable (blank cells left out).
struct DescribeSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        let procedure = DescribeProcedure(columns: try TaskTable.list([task.variable ?? ""]))
        let (selection, statistics) = try data.run { try procedure.analyse($0) }
        return DescribeSolution(selection: selection, statistics: statistics[0])
    }
}

private struct DescribeSolution: TaskSolution {
    let selection: NumericSelection
    let statistics: DescriptiveStatistics

    /// The column as the data sheet shows it: every row, blanks included.
    func document(title: String) -> ReportDocument {
        DescribeWorkbook.document(language: .ja, sourceRows: selection.rowNumbers, columns: selection.dataColumns,
                                  statistics: [statistics], title: title)
    }

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        let value: Double?
        switch statistic {
        case .mean: value = statistics.mean
        case .median: value = statistics.median
        case .standardDeviation: value = statistics.standardDeviation
        case .variance: value = statistics.variance
        case .minimum: value = statistics.minimum
        case .maximum: value = statistics.maximum
        case .count: value = Double(statistics.count)
        case .sum: value = statistics.sum
        default: value = nil
        }
        guard let value else {
            throw SolverFailure(ja: "\(statistic.rawValue) はこの \(statistics.count) 個の値では定まりません。",
                                en: "\(statistic.rawValue) is undefined for these \(statistics.count) values.")
        }
        return value
    }
}
