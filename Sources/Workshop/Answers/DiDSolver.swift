import Analysis
import Procedures
import Report

/// 差の差分析 by `DiDProcedure` (`bunseki did`): `value` by `group` (the `treated` label vs every other) and `period`
/// (the `after` labels vs the others, periods in the spec's order). Figures read the primary standard error, as the
/// command's reading does: cluster-robust by `unit` when the task names one, HC1 otherwise.
struct DiDSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        DiDSolution(estimate: try Self.estimate(task, data: data))
    }

    /// The estimate with the rows it used; shared with the result workbook and the slips of a difference-in-differences.
    static func estimate(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> DiDProcedure.Estimate {
        let period = task.period ?? ""
        let procedure = DiDProcedure(value: task.value ?? "", group: task.group ?? "", treated: task.treated ?? "",
                                     period: period, after: try TaskTable.list(task.after ?? []), unit: task.unit,
                                     order: try data.order(period))
        return try data.run { input in
            try procedure.validate()
            return try procedure.analyse(input)
        }
    }
}

private struct DiDSolution: TaskSolution {
    let estimate: DiDProcedure.Estimate
    var result: DifferenceInDifferences { estimate.result }

    /// The rows the estimate used, as `bunseki did` shows them.
    func document(title: String) -> ReportDocument {
        DiDWorkbook.document(language: .ja, sourceRows: estimate.sourceRows, columns: estimate.columns, result: result,
                             title: title)
    }

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        let cell: DifferenceInDifferences.Cell? = switch term.flatMap(DiDCell.init(rawValue:)) {
        case .treatedBefore: result.treatedBefore
        case .treatedAfter: result.treatedAfter
        case .comparisonBefore: result.comparisonBefore
        case .comparisonAfter: result.comparisonAfter
        case nil: nil
        }
        let primary = result.primary
        let value: Double?
        switch statistic {
        case .mean: value = cell?.mean
        case .count: value = cell.map { Double($0.count) } ?? Double(result.observations)
        case .coefficient: value = result.estimate
        case .standardError: value = primary.standardError
        case .tStat: value = primary.tStat
        case .pValue: value = primary.pValue
        case .degreesOfFreedom: value = Double(primary.degreesOfFreedom)
        default: value = nil
        }
        guard let value, value.isFinite else {
            throw SolverFailure(ja: "\(statistic.rawValue) はこの差の差分析では定まりません。",
                                en: "\(statistic.rawValue) is undefined for this difference-in-differences.")
        }
        return value
    }
}
