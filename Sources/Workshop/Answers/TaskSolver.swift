/// Runs the procedure of a task's analysis (the one `bunseki` runs for it) on the variant's data.
///
/// One conforming type per ``AnalysisKind``: it turns the task's keys into the procedure's settings and reads the
/// figures from the procedure's result value; ``AnswerKeyBuilder/solver(for:)`` maps kinds to solvers.
protocol TaskSolver: Sendable {
    /// Runs the procedure once for `task`.
    /// - Throws: ``SolverFailure`` when the procedure rejects the settings or the data.
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution
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
    /// What went wrong, in words (the procedure's error or the analysis' note).
    let reason: String
}
