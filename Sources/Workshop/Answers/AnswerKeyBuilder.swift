/// Computes the answer key of a variant by running each task's procedure on the variant's data (`TaskTable`).
public enum AnswerKeyBuilder {
    /// The key of `dataset` (generated from `spec`). Figures that cannot be computed — the analysis
    /// fails on the data, or leaves the figure undefined — get no value, and the reason is listed in
    /// ``AnswerKey/problems``, so the rest of the key is still usable.
    public static func key(for spec: ExerciseSpec, dataset: GeneratedDataset) -> AnswerKey {
        var answers: [ExpectedAnswer] = []
        var problems: [WorkshopError] = []
        let data = Result { () throws(SolverFailure) in try TaskTable(dataset: dataset) }
        for task in spec.tasks {
            let solution = solve(task, of: spec, data: data, problems: &problems)
            for figure in task.figures {
                var value: AnswerValue?
                if let solution {
                    do {
                        value = try answer(figure, from: solution)
                    } catch {
                        problems.append(.figureUndefined(exercise: spec.id, task: task.id, figure: figure.id,
                                                         reason: error.reason))
                    }
                }
                answers.append(ExpectedAnswer(taskID: task.id, figureID: figure.id, label: figure.label, value: value,
                                              tolerance: figure.effectiveTolerance(default: spec.tolerance)))
            }
        }
        return AnswerKey(exerciseID: spec.id, variant: dataset.variant, answers: answers, problems: problems)
    }

    private static func solve(_ task: TaskSpec, of spec: ExerciseSpec, data: Result<TaskTable, SolverFailure>,
                              problems: inout [WorkshopError]) -> (any TaskSolution)? {
        do {
            return try solver(for: task.analysis).solve(task, data: data.get())
        } catch {
            problems.append(.analysisFailed(exercise: spec.id, task: task.id, reason: error.reason))
            return nil
        }
    }

    /// The solver of each analysis (docs/WORKSHOP.md lists what else a new ``AnalysisKind`` needs).
    static func solver(for analysis: AnalysisKind) -> any TaskSolver {
        switch analysis {
        case .describe: return DescribeSolver()
        case .regression: return RegressionSolver()
        case .pairedTTest, .twoSampleTTest: return TTestSolver()
        case .correlation: return CorrelationSolver()
        case .anova: return ANOVASolver()
        case .crosstab: return CrosstabSolver()
        case .movingAverage, .exponentialSmoothing: return SmoothingSolver()
        case .did: return DiDSolver()
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
