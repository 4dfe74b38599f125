import Analysis

/// Checks every task against the dataset: column references and kinds, and that each figure is a
/// statistic its analysis offers, with the term/row/alpha it needs.
struct TaskValidator {
    let spec: ExerciseSpec
    let fail: (String, SpecProblem) -> WorkshopError

    func validate() throws(WorkshopError) {
        try check(!spec.tasks.isEmpty, "tasks", .requires(key: "tasks"))
        var taskIDs: Set<String> = []
        var figureIDs: Set<String> = []
        for (index, task) in spec.tasks.enumerated() {
            let path = "tasks[\(index)]"
            try check(taskIDs.insert(task.id).inserted, "\(path).id", .duplicate(name: task.id))
            try validateColumns(of: task, at: path)
            try validateOptions(of: task, at: path)
            try validateRowCount(of: task, at: path)
            try check(!task.figures.isEmpty, "\(path).figures", .requires(key: "figures"))
            for (figureIndex, figure) in task.figures.enumerated() {
                let figurePath = "\(path).figures[\(figureIndex)]"
                try check(figureIDs.insert(figure.id).inserted, "\(figurePath).id", .duplicate(name: figure.id))
                try validate(figure, of: task, at: figurePath)
            }
        }
    }

    private func validateColumns(of task: TaskSpec, at path: String) throws(WorkshopError) {
        switch task.analysis {
        case .describe:
            try numeric(task.variable, "variable", path)
        case .regression:
            try numeric(task.response, "response", path)
            guard let predictors = task.predictors, !predictors.isEmpty else {
                throw fail("\(path).predictors", .requires(key: "predictors"))
            }
            for (index, name) in predictors.enumerated() {
                // A categorical predictor enters as 0/1 indicators against its first label, as `bunseki regress`
                // codes a text column.
                let found = try column(name, "predictors[\(index)]", path)
                switch found.role {
                case .numeric: break
                case .categorical(let labels):
                    try check(labels.count >= 2, "\(path).predictors[\(index)]",
                              .outOfRange(value: Double(labels.count), allowed: "≥ 2 labels"))
                default:
                    throw fail("\(path).predictors[\(index)]", .wrongColumnKind(name: name, expected: "numeric or categorical"))
                }
                try check(name != task.response && predictors.firstIndex(of: name) == index,
                          "\(path).predictors[\(index)]", .duplicate(name: name))
            }
        case .correlation, .pairedTTest:
            let names = task.variables ?? []
            try check(names.count == 2, "\(path).variables", .wrongCount(expected: 2, found: names.count))
            for (index, name) in names.enumerated() { try numeric(name, "variables[\(index)]", path) }
        case .twoSampleTTest, .anova:
            try numeric(task.value, "value", path)
            let groups = try groupLabels(of: task, at: path)
            if task.analysis == .twoSampleTTest {
                try check(groups.count == 2, "\(path).groups", .wrongCount(expected: 2, found: groups.count))
            } else {
                try check(groups.count >= 2, "\(path).groups", .outOfRange(value: Double(groups.count), allowed: "≥ 2 groups"))
            }
        case .crosstab:
            _ = try categorical(task.rows, "rows", path)
            _ = try categorical(task.columns, "columns", path)
            try check(task.rows != task.columns, "\(path).columns", .duplicate(name: task.columns ?? ""))
        case .movingAverage:
            try numeric(task.series, "series", path)
            let interval = task.interval ?? 0
            try check(interval >= 2 && interval <= spec.dataset.rows, "\(path).interval",
                      .outOfRange(value: Double(interval), allowed: "2…\(spec.dataset.rows)"))
        case .exponentialSmoothing:
            try numeric(task.series, "series", path)
            let damping = task.damping ?? .nan
            try check(damping > 0 && damping < 1, "\(path).damping", .outOfRange(value: damping, allowed: "0 < damping < 1"))
        case .did:
            try numeric(task.value, "value", path)
            let groups = try categorical(task.group, "group", path)
            guard let treated = task.treated else { throw fail("\(path).treated", .requires(key: "treated")) }
            try check(groups.contains(treated), "\(path).treated", .unknownLabel(label: treated, known: groups))
            try check(groups.count >= 2, "\(path).group", .outOfRange(value: Double(groups.count), allowed: "≥ 2 groups"))
            let periods = try categorical(task.period, "period", path)
            try check(task.period != task.group, "\(path).period", .duplicate(name: task.period ?? ""))
            guard let after = task.after, !after.isEmpty else { throw fail("\(path).after", .requires(key: "after")) }
            for (index, label) in after.enumerated() {
                try check(periods.contains(label), "\(path).after[\(index)]", .unknownLabel(label: label, known: periods))
                try check(after.firstIndex(of: label) == index, "\(path).after[\(index)]", .duplicate(name: label))
            }
            try check(periods.contains { !after.contains($0) }, "\(path).after",
                      .malformed(detail: LocalizedText(
                          ja: "\(task.period ?? "") の期間のうち少なくとも 1 つは施策の前（after に挙げない期間）にしてください。",
                          en: "at least one period of \(task.period ?? "") must be before the measure")))
            if task.unit != nil {
                let found = try column(task.unit, "unit", path)
                switch found.role {
                case .identifier, .categorical: break
                default: throw fail("\(path).unit", .wrongColumnKind(name: found.name, expected: "identifier or categorical"))
                }
            }
        }
    }

    /// Options that only some analyses take.
    private func validateOptions(of task: TaskSpec, at path: String) throws(WorkshopError) {
        if task.equalVariances != nil {
            try check(task.analysis == .twoSampleTTest, "\(path).equalVariances",
                      .malformed(detail: LocalizedText(ja: "equalVariances は twoSampleTTest の課題だけに書けます。",
                                                en: "only a twoSampleTTest takes equalVariances")))
        }
        for (key, given) in [("treated", task.treated != nil), ("period", task.period != nil),
                             ("after", task.after != nil), ("unit", task.unit != nil)] where given {
            try check(task.analysis == .did, "\(path).\(key)", .malformed(detail: LocalizedText(ja: "\(key) は did の課題だけに書けます。",
                                                                                             en: "only a did task takes \(key)")))
        }
        if let delta = task.hypothesizedDifference {
            try check([.twoSampleTTest, .pairedTTest].contains(task.analysis) && delta.isFinite,
                      "\(path).hypothesizedDifference", .malformed(detail: LocalizedText(
                          ja: "hypothesizedDifference は t 検定の課題だけに、有限の数で書けます。",
                          en: "only a t-test takes a finite hypothesizedDifference")))
        }
    }

    /// Rows left for the task when every blanked cell of the columns it uses falls in a different row
    /// must be enough for its analysis; otherwise every participant's key would be empty.
    private func validateRowCount(of task: TaskSpec, at path: String) throws(WorkshopError) {
        let used = Set([task.variable, task.response, task.value, task.group, task.rows, task.columns, task.series,
                        task.period, task.unit]
            .compactMap { $0 } + (task.variables ?? []) + (task.predictors ?? []))
        let blanked = spec.dataset.missing.filter { used.contains($0.column) }.reduce(0) { $0 + $1.count }
        let available = max(spec.dataset.rows - blanked, 0)
        let needed: Int
        switch task.analysis {
        case .describe: needed = 1
        case .pairedTTest, .exponentialSmoothing, .crosstab: needed = 2
        case .correlation: needed = 3
        case .regression: needed = RegressionTerm.terms(of: task, in: spec.dataset).count + 1
        case .twoSampleTTest: needed = 4
        case .anova: needed = 2 * max(task.groups?.count ?? 2, 2)
        case .movingAverage: needed = task.interval ?? 2
        case .did: needed = 5
        }
        try check(available >= needed, "\(path).analysis",
                  .tooFewRows(analysis: task.analysis, needed: needed, available: available))
    }

    private func validate(_ figure: FigureSpec, of task: TaskSpec, at path: String) throws(WorkshopError) {
        let offered = task.analysis.offeredStatistics
        try check(offered.contains(figure.statistic), "\(path).statistic",
                  .statisticNotOffered(statistic: figure.statistic, analysis: task.analysis, offered: offered))
        if let alpha = figure.alpha {
            try check(alpha > 0 && alpha < 1, "\(path).alpha", .outOfRange(value: alpha, allowed: "0 < alpha < 1"))
        }
        if let decimals = figure.decimals {
            try check((0...10).contains(decimals), "\(path).decimals", .outOfRange(value: Double(decimals), allowed: "0…10"))
        }
        if let allowed = termsAccepted(by: figure.statistic, in: task) {
            guard let term = figure.term else { throw fail("\(path).term", .requires(key: "term")) }
            try check(allowed.contains(term), "\(path).term", .unknownLabel(label: term, known: allowed))
        }
        if figure.statistic == .value {
            let first = task.analysis == .movingAverage ? task.interval ?? 2 : 2
            guard let row = figure.row else { throw fail("\(path).row", .requires(key: "row")) }
            try check(row >= first && row <= spec.dataset.rows, "\(path).row",
                      .outOfRange(value: Double(row), allowed: "\(first)…\(spec.dataset.rows)"))
        }
    }

    /// The terms a figure may name, or `nil` when the statistic takes none.
    private func termsAccepted(by statistic: Statistic, in task: TaskSpec) -> [String]? {
        switch (task.analysis, statistic) {
        case (.regression, .coefficient), (.regression, .standardError), (.regression, .tStat),
             (.regression, .pValue), (.regression, .significant):
            return RegressionTerm.terms(of: task, in: spec.dataset)
        case (.pairedTTest, .mean):
            return task.variables ?? []
        case (.twoSampleTTest, .mean), (.anova, .mean):
            return (try? groupLabels(of: task, at: "")) ?? []
        case (.did, .mean), (.did, .count):
            return DiDCell.allCases.map(\.rawValue)
        default:
            return nil
        }
    }

    private func groupLabels(of task: TaskSpec, at path: String) throws(WorkshopError) -> [String] {
        let labels = try categorical(task.group, "group", path)
        guard let groups = task.groups else { return labels }
        for (index, label) in groups.enumerated() {
            try check(labels.contains(label), "\(path).groups[\(index)]", .unknownLabel(label: label, known: labels))
            try check(groups.firstIndex(of: label) == index, "\(path).groups[\(index)]", .duplicate(name: label))
        }
        return groups
    }

    private func column(_ name: String?, _ key: String, _ path: String) throws(WorkshopError) -> ColumnSpec {
        guard let name else { throw fail("\(path).\(key)", .requires(key: key)) }
        guard let found = spec.dataset.columns.first(where: { $0.name == name }) else {
            throw fail("\(path).\(key)", .unknownColumn(name: name, known: spec.dataset.columns.map(\.name)))
        }
        return found
    }

    private func numeric(_ name: String?, _ key: String, _ path: String) throws(WorkshopError) {
        let found = try column(name, key, path)
        try check(found.role == .numeric, "\(path).\(key)", .wrongColumnKind(name: found.name, expected: "numeric"))
    }

    private func categorical(_ name: String?, _ key: String, _ path: String) throws(WorkshopError) -> [String] {
        let found = try column(name, key, path)
        guard case .categorical(let labels) = found.role else {
            throw fail("\(path).\(key)", .wrongColumnKind(name: found.name, expected: "categorical"))
        }
        return labels
    }

    private func check(_ condition: Bool, _ path: String, _ problem: SpecProblem) throws(WorkshopError) {
        if !condition { throw fail(path, problem) }
    }
}

/// The cells of a `did` task's 2×2 table, as a figure's `term` names them.
public enum DiDCell: String, CaseIterable, Sendable {
    case treatedBefore, treatedAfter, comparisonBefore, comparisonAfter
}

/// Names used by regression figures.
public enum RegressionTerm {
    /// The term name that selects the intercept (the ToolPak labels it 切片).
    public static let interceptName = "切片"

    /// The coefficients of a regression task in the ToolPak's order: 切片, then each predictor — a numeric one by its
    /// name, a categorical one as `列=水準` for each of its labels but the first (the reference level), the names
    /// `bunseki regress` gives its indicators.
    public static func terms(of task: TaskSpec, in dataset: DatasetSpec) -> [String] {
        [interceptName] + (task.predictors ?? []).flatMap { name -> [String] in
            guard case .categorical(let labels)? = dataset.columns.first(where: { $0.name == name })?.role else { return [name] }
            return labels.dropFirst().map { DummyCoding.indicatorName(variable: name, level: $0) }
        }
    }
}

extension AnalysisKind {
    /// The statistics a figure of this analysis may ask for.
    public var offeredStatistics: [Statistic] {
        switch self {
        case .describe: return [.mean, .median, .standardDeviation, .variance, .minimum, .maximum, .count, .sum]
        case .regression:
            return [.coefficient, .standardError, .tStat, .pValue, .significant, .rSquared, .adjustedRSquared,
                    .fStat, .significanceF, .count]
        case .correlation: return [.correlation]
        case .pairedTTest, .twoSampleTTest:
            return [.mean, .tStat, .pValue, .pValueOneTail, .significant, .degreesOfFreedom]
        case .anova: return [.mean, .fStat, .pValue, .significant]
        case .crosstab: return [.chiSquare, .degreesOfFreedom, .pValue, .significant]
        case .movingAverage, .exponentialSmoothing: return [.value]
        case .did: return [.mean, .count, .coefficient, .standardError, .tStat, .pValue, .significant, .degreesOfFreedom]
        }
    }
}
