import Analysis

/// 差の差分析: `value` by `group` (the `treated` label vs every other) and `period` (the `after` labels vs
/// the others), with `DifferenceInDifferences` — the analysis `bunseki did` runs. Figures read the
/// primary standard error, as the command's reading does: cluster-robust by `unit` when the task names
/// one, HC1 otherwise.
struct DiDSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        DiDSolution(result: try Self.analyse(task, data: data).result)
    }

    /// The complete rows of the task (0-based data rows) and the analysis on them; shared with the
    /// result workbook.
    static func analyse(_ task: TaskSpec, data: TaskData) throws(SolverFailure)
        -> (rows: [Int], values: [Double], groups: [String], periods: [String], units: [String]?,
            periodOrder: [String], result: DifferenceInDifferences) {
        let dataset = data.dataset
        let numbers = dataset.column(named: task.value ?? "")?.numbers ?? []
        let groups = dataset.column(named: task.group ?? "")?.labels ?? []
        let periods = dataset.column(named: task.period ?? "")?.labels ?? []
        let units = task.unit.map { dataset.column(named: $0)?.labels ?? [] }
        func present<T>(_ column: [T?], _ row: Int) -> Bool { column.indices.contains(row) && column[row] != nil }
        // Listwise deletion, as for every task: a blank in any column the task uses drops the row.
        let rows = (0..<dataset.rowCount).filter { row in
            present(numbers, row) && present(groups, row) && present(periods, row) && (units.map { present($0, row) } ?? true)
        }
        let periodOrder = data.labels(of: task.period ?? "").filter { label in rows.contains { periods[$0] == label } }
        let values = rows.map { numbers[$0]! }, groupLabels = rows.map { groups[$0]! }, periodLabels = rows.map { periods[$0]! }
        let unitLabels = units.map { column in rows.map { column[$0]! } }
        do {
            let result = try DifferenceInDifferences.compute(
                valueName: task.value ?? "", values: values, treated: groupLabels.map { $0 == task.treated },
                periods: periodLabels, periodOrder: periodOrder, afterPeriods: Set(task.after ?? []), units: unitLabels)
            return (rows, values, groupLabels, periodLabels, unitLabels, periodOrder, result)
        } catch {
            throw SolverFailure(reason: String(describing: error))
        }
    }
}

private struct DiDSolution: TaskSolution {
    let result: DifferenceInDifferences

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
            throw SolverFailure(reason: "\(statistic.rawValue) is undefined for this difference-in-differences")
        }
        return value
    }
}
