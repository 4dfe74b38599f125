import Analysis

/// 回帰分析: least squares with intercept of `response` on `predictors` in the listed order
/// (`LinearRegression`), on the rows complete in all of them.
struct RegressionSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        RegressionSolution(result: try Self.fit(task, data: data).result, predictors: task.predictors ?? [])
    }

    /// The fit, with the complete rows it used (0-based) and their values (response first); shared
    /// with the ToolPak-style result workbook so both show the same model.
    static func fit(_ task: TaskSpec, data: TaskData) throws(SolverFailure)
        -> (result: RegressionResult, rows: [Int], columns: [[Double]]) {
        let predictors = task.predictors ?? []
        let (rows, columns) = data.completeRows([task.response ?? ""] + predictors)
        do {
            let result = try LinearRegression.fit(
                y: columns.first ?? [], data: Dictionary(zip(predictors, columns.dropFirst()), uniquingKeysWith: { first, _ in first }),
                terms: predictors.map { Term($0) }, responseName: task.response ?? "")
            return (result, rows, columns)
        } catch {
            throw SolverFailure(reason: String(describing: error))
        }
    }
}

private struct RegressionSolution: TaskSolution {
    let result: RegressionResult
    let predictors: [String]

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        let value: Double?
        switch statistic {
        case .rSquared: value = result.rSquared
        case .adjustedRSquared: value = result.adjustedRSquared
        case .fStat: value = result.anova.regression.f
        case .significanceF: value = result.anova.regression.significanceF
        case .count: value = Double(result.observations)
        case .coefficient: value = try coefficient(term).estimate
        case .standardError: value = try coefficient(term).standardError
        case .tStat: value = try coefficient(term).tStat
        case .pValue: value = try coefficient(term).pValue
        default: value = nil
        }
        guard let value else {
            throw SolverFailure(reason: "\(statistic.rawValue) of \(term ?? "the model") is undefined (\(result.notes))")
        }
        return value
    }

    /// The intercept comes first in the ToolPak's coefficient table, then the predictors in order.
    private func coefficient(_ term: String?) throws(SolverFailure) -> Coefficient {
        let index = term == RegressionTerm.interceptName ? 0 : predictors.firstIndex { $0 == term }.map { $0 + 1 }
        guard let index, result.coefficients.indices.contains(index) else {
            throw SolverFailure(reason: "no coefficient for \(term ?? "(none)")")
        }
        return result.coefficients[index]
    }
}
