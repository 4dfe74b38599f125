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
        let (outcome, review) = try outcome(of: submission)
        return SubmissionGrade(file: submission.file, outcome: outcome, dataReview: review, typedName: submission.typedName)
    }

    /// The outcome for a file that could not be opened or parsed at all.
    public func unreadable(file: String, reason: String) -> SubmissionGrade {
        SubmissionGrade(file: file, outcome: .unreadable(reason: reason))
    }

    private func outcome(of submission: Submission) throws(WorkshopError) -> (SubmissionOutcome, DataSheetReview?) {
        guard let text = submission.stampText, let stamp = ExerciseStamp(text: text) else { return (.unidentified, nil) }
        guard stamp.exerciseID == spec.id else { return (.otherExercise(exerciseID: stamp.exerciseID), nil) }
        let dataset = try DatasetGenerator.generate(spec, variant: stamp.variant)
        let generated = DataFingerprint.of(dataset: dataset)
        guard stamp.dataFingerprint == generated else { return (.specChanged(variant: stamp.variant), nil) }
        // The stamp is the handed-out one: grade against its key, whatever was done to the data sheet,
        // and say what was done.
        let review = DataSheetComparison.review(submission.dataRows, sheetNames: submission.sheetNames, against: dataset)
        let key = AnswerKeyBuilder.key(for: spec, dataset: dataset)
        let slips = SlipFinder(spec: spec, dataset: dataset)
        let figures = key.answers.map { expected in
            var grade = FigureGrade(expected: expected, given: submission.answers[expected.figureID] ?? .blank)
            if grade.status == .incorrect, case .number(let answer) = grade.given {
                grade.slip = slips.slip(for: expected.figureID, answer: answer, expected: expected)
            }
            return grade
        }
        return (.graded(variant: stamp.variant, figures: figures), review)
    }
}
