import Analysis

/// 分散分析: 一元配置 (`OneWayANOVA`) of `value` over the groups of `group`, in the order of `groups`.
struct ANOVASolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        ANOVASolution(anova: try Self.analyse(task, data: data).anova)
    }

    /// The analysis with its groups (one variable per label, in order); shared with the result workbook.
    static func analyse(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> (anova: OneWayANOVA, groups: [Variable]) {
        let labels = task.groups ?? data.labels(of: task.group ?? "")
        let groups = data.groups(value: task.value ?? "", by: task.group ?? "", labels: labels)
            .map { Variable(name: $0.label, values: $0.values.map(Optional.some)) }
        do {
            return (try OneWayANOVA.compute(groups), groups)
        } catch {
            throw SolverFailure(reason: String(describing: error))
        }
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
