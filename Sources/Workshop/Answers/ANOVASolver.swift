import Analysis
import Procedures

/// 分散分析: 一元配置 by `AnovaProcedure` of `value` over the groups of `group` (those in `groups` when the task
/// lists them), in the spec's order.
struct ANOVASolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        ANOVASolution(anova: try Self.analyse(task, data: data).anova)
    }

    /// The analysis with its groups (one variable per group, a value in each row of the group); shared with the
    /// result workbook.
    static func analyse(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> (anova: OneWayANOVA, groups: [Variable]) {
        let group = task.group ?? ""
        let procedure = AnovaProcedure(layout: GroupLayout(value: task.value ?? "", group: group, levels: task.groups),
                                       order: try data.order(group, task.groups))
        let (_, groups, anova) = try data.run { try procedure.analyse($0) }
        return (anova, groups)
    }
}

private struct ANOVASolution: TaskSolution {
    let anova: OneWayANOVA

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        let value: Double?
        switch statistic {
        case .mean: value = anova.groups.first { $0.name == term }?.mean
        case .fStat: value = anova.between.f
        case .pValue: value = anova.between.pValue
        default: value = nil
        }
        guard let value else {
            throw SolverFailure(reason: "\(statistic.rawValue) is undefined for this analysis of variance (\(anova.notes))")
        }
        return value
    }
}
