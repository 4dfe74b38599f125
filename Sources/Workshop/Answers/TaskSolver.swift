/// Runs one analysis of the Analysis module on a task's data.
///
/// One conforming type per ``AnalysisKind``; ``AnswerKeyBuilder/solver(for:)`` maps kinds to
/// solvers, so supporting a new analysis is one type and one `case`.
protocol TaskSolver: Sendable {
    /// Runs the analysis once for `task`.
    /// - Throws: ``SolverFailure`` when the analysis rejects the data.
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution
}

/// The result of one analysis, from which figures are read.
protocol TaskSolution: Sendable {
    /// The value of `statistic` for `term` (regression term, group label or variable) or `row`
    /// (series position). Never asked for ``Statistic/significant``: the key derives decisions from
    /// ``Statistic/pValue``, the same way for every analysis.
    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double
}

/// Why an analysis or one of its figures could not be computed; turned into a `WorkshopError`
/// naming the exercise and task.
struct SolverFailure: Error, Sendable {
    /// What went wrong, in words (the Analysis module's error or note).
    let reason: String
}
