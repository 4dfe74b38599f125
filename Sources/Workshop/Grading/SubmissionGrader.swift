/// Grades returned workbooks against the keys of their variants.
public struct SubmissionGrader: Sendable {
    /// The exercise being graded.
    public let spec: ExerciseSpec

    /// Creates a grader for `spec`.
    public init(spec: ExerciseSpec) {
        self.spec = spec
    }

    /// Grades one submission: identify it by its stamp, check its data sheet against the variant's
    /// generated data, then compare every answer with the key. Never throws for a bad submission —
    /// the outcome says what is wrong with it.
    /// - Throws: only for a spec that ``ExerciseSpecLoader`` would have rejected.
    public func grade(_ submission: Submission) throws(WorkshopError) -> SubmissionGrade {
        SubmissionGrade(file: submission.file, outcome: try outcome(of: submission))
    }

    /// The outcome for a file that could not be opened or parsed at all.
    public func unreadable(file: String, reason: String) -> SubmissionGrade {
        SubmissionGrade(file: file, outcome: .unreadable(reason: reason))
    }

    private func outcome(of submission: Submission) throws(WorkshopError) -> SubmissionOutcome {
        guard let text = submission.stampText, let stamp = ExerciseStamp(text: text) else { return .unidentified }
        guard stamp.exerciseID == spec.id else { return .otherExercise(exerciseID: stamp.exerciseID) }
        let dataset = try DatasetGenerator.generate(spec, variant: stamp.variant)
        let generated = DataFingerprint.of(dataset: dataset)
        guard stamp.dataFingerprint == generated,
              let rows = submission.dataRows, DataFingerprint.of(rows: rows) == generated else {
            return .alteredData(variant: stamp.variant)
        }
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        let figures = key.answers.map { expected in
            FigureGrade(expected: expected, given: submission.answers[expected.figureID] ?? .blank)
        }
        return .graded(variant: stamp.variant, figures: figures)
    }
}
