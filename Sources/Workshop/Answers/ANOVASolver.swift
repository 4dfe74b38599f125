import Analysis
import Procedures
import Report

/// 分散分析: 一元配置 by `AnovaProcedure` of `value` over the groups of `group` (those in `groups` when the task
/// lists them), in the spec's order.
struct ANOVASolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        try Self.analyse(task, data: data)
    }

    /// The analysis with its groups (one variable per group, a value in each row of the group).
    static func analyse(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> ANOVASolution {
        let group = task.group ?? ""
        let procedure = AnovaProcedure(layout: GroupLayout(value: task.value ?? "", group: group, levels: task.groups),
                                       order: try data.order(group, task.groups))
        let (_, groups, anova) = try data.run { try procedure.analyse($0) }
        return ANOVASolution(groups: groups, anova: anova)
    }
}

struct ANOVASolution: TaskSolution {
    let groups: [Variable]
    let anova: OneWayANOVA

    /// One column per group holding its values, as the ToolPak's input range.
    func document(title: String) -> ReportDocument {
        let columns = groups.map { DataColumn(name: $0.name, values: TaskResultWorkbook.present($0)) }
        return AnovaWorkbook.document(language: .ja, sourceRows: TaskResultWorkbook.positions(columns), groups: columns,
                                      anova: anova, title: title)
    }

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        let value: Double?
        switch statistic {
        case .mean: value = anova.groups.first { $0.name == term }?.mean
        case .fStat: value = anova.between.f
        case .pValue: value = anova.between.pValue
        default: value = nil
        }
        guard let value else {
            throw SolverFailure(ja: "\(statistic.rawValue) はこの分散分析では定まりません。",
                                en: "\(statistic.rawValue) is undefined for this analysis of variance (\(anova.notes)).")
        }
        return value
    }
}
