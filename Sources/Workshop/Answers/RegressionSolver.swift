import Analysis
import Procedures
import Report

/// 回帰分析 by `RegressProcedure`: least squares with intercept of `response` on `predictors` in the listed order,
/// on the rows complete in all of them; a categorical predictor as 0/1 indicators against its first label.
struct RegressionSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        try Self.fit(task, data: data)
    }

    /// The fit, with the rows it used.
    static func fit(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> RegressionSolution {
        // A categorical predictor's indicators are coded against its first label, and follow the spec's label order.
        let predictors = task.predictors ?? []
        var order: [String] = []
        for name in predictors where !data.labels(of: name).isEmpty { order += try data.order(name) }
        let procedure = RegressProcedure(y: task.response ?? "", x: try TaskTable.list(predictors), order: order)
        return RegressionSolution(fit: try data.run { input in
            try procedure.validate()
            return try procedure.analyse(input)
        })
    }
}

struct RegressionSolution: TaskSolution {
    let fit: RegressProcedure.Fit
    var result: RegressionResult { fit.result }
    /// The model's predictors in order, as the procedure names them.
    var predictors: [String] { fit.predictors.map(\.name) }

    /// The rows the fit used, as `bunseki regress` shows them.
    func document(title: String) throws -> ReportDocument {
        let columns = fit.usedColumns
        return try RegressionWorkbook.document(language: .ja, sourceRows: fit.sourceRows, response: columns[0],
                                               predictors: Array(columns.dropFirst()), result: result,
                                               droppedRowCount: result.droppedRows.count, categories: fit.categories,
                                               title: title)
    }

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
            throw SolverFailure(ja: "\(term ?? "モデル") の \(statistic.rawValue) は定まりません。",
                                en: "\(statistic.rawValue) of \(term ?? "the model") is undefined (\(result.notes)).")
        }
        return value
    }

    /// The intercept comes first in the ToolPak's coefficient table, then the predictors in order (a categorical one's
    /// indicators named `列=水準`).
    private func coefficient(_ term: String?) throws(SolverFailure) -> Coefficient {
        let index = term == RegressionTerm.interceptName ? 0 : predictors.firstIndex { $0 == term }.map { $0 + 1 }
        guard let index, result.coefficients.indices.contains(index) else {
            throw SolverFailure(ja: "\(term ?? "（項の指定なし）") の係数はありません。", en: "There is no coefficient for \(term ?? "(none)").")
        }
        return result.coefficients[index]
    }
}
