/// Computes the answer key of a variant by running each task's analysis on the variant's data.
public enum AnswerKeyBuilder {
    /// The key of `dataset` (generated from `spec`).
    /// - Throws: ``WorkshopError/analysisUnavailable(exercise:task:analysis:)`` for an analysis the
    ///   Analysis module does not offer yet; ``WorkshopError/analysisFailed(exercise:task:reason:)``
    ///   or ``WorkshopError/figureUndefined(exercise:task:figure:reason:)`` when the data do not allow it.
    public static func key(for spec: ExerciseSpec, dataset: GeneratedDataset) throws(WorkshopError) -> AnswerKey {
        var answers: [ExpectedAnswer] = []
        for task in spec.tasks {
            guard let solver = solver(for: task.analysis) else {
                throw .analysisUnavailable(exercise: spec.id, task: task.id, analysis: task.analysis)
            }
            let solution: any TaskSolution
            do {
                solution = try solver.solve(task, data: TaskData(dataset: dataset))
            } catch {
                throw .analysisFailed(exercise: spec.id, task: task.id, reason: error.reason)
            }
            for figure in task.figures {
                let value: AnswerValue
                do {
                    value = try answer(figure, from: solution)
                } catch {
                    throw .figureUndefined(exercise: spec.id, task: task.id, figure: figure.id, reason: error.reason)
                }
                answers.append(ExpectedAnswer(taskID: task.id, figureID: figure.id, label: figure.label, value: value,
                                              tolerance: figure.effectiveTolerance(default: spec.tolerance)))
            }
        }
        return AnswerKey(exerciseID: spec.id, variant: dataset.variant, answers: answers)
    }

    /// The analyses whose answers can be computed now.
    public static var availableAnalyses: [AnalysisKind] {
        AnalysisKind.allCases.filter { solver(for: $0) != nil }
    }

    /// The solver of each analysis; `nil` until the Analysis module offers it.
    static func solver(for analysis: AnalysisKind) -> (any TaskSolver)? {
        switch analysis {
        case .describe, .regression, .correlation, .pairedTTest, .twoSampleTTest, .anova, .crosstab,
             .movingAverage, .exponentialSmoothing:
            return nil
        }
    }

    private static func answer(_ figure: FigureSpec, from solution: any TaskSolution) throws(SolverFailure) -> AnswerValue {
        guard figure.statistic.isDecision else {
            return .number(try solution.number(figure.statistic, term: figure.term, row: figure.row))
        }
        let pValue = try solution.number(.pValue, term: figure.term, row: figure.row)
        return .decision(pValue < (figure.alpha ?? 0.05))
    }
}
