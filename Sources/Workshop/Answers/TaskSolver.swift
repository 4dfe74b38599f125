import Procedures
import Report

/// Runs the procedure of a task's analysis (the one `bunseki` runs for it) on the variant's data.
///
/// One conforming type per ``AnalysisKind``: it turns the task's keys into the procedure's settings and reads the
/// figures and the result workbook from the procedure's result value; ``AnswerKeyBuilder/solver(for:)`` maps kinds
/// to solvers.
protocol TaskSolver: Sendable {
    /// Runs the procedure once for `task`.
    /// - Throws: ``SolverFailure`` when the procedure rejects the settings or the data.
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution
}

/// The result of one procedure, from which figures are read and the task's result workbook is laid out.
protocol TaskSolution {
    /// The value of `statistic` for `term` (regression term, group label or variable) or `row`
    /// (series position). Never asked for ``Statistic/significant``: the key derives decisions from
    /// ``Statistic/pValue``, the same way for every analysis.
    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double

    /// The ToolPak-style result workbook of the task (the key folder's 課題 file), from the same result.
    func document(title: String) throws -> ReportDocument
}

/// Why an analysis or one of its figures could not be computed; turned into a `WorkshopError`
/// naming the exercise and task.
struct SolverFailure: Error, Sendable {
    /// What went wrong, one sentence in each language.
    let reason: LocalizedText

    init(ja: String, en: String) {
        reason = LocalizedText(ja: ja, en: en)
    }

    /// A procedure's error, in the sentences the tools themselves print for it.
    init(_ error: any Error) {
        reason = LocalizedText(ja: ErrorMessages.sentence(for: error, language: .ja),
                               en: ErrorMessages.sentence(for: error, language: .en))
    }
}
