/// Grades returned workbooks against the keys of their variants.
public struct SubmissionGrader: Sendable {
    /// The exercise being graded.
    public let spec: ExerciseSpec
    /// Earlier versions of the same exercise's spec, by a name for the report (their file): a workbook handed
    /// out before the data settings changed is graded against the version it was made from.
    public let earlier: [(name: String, spec: ExerciseSpec)]

    /// Creates a grader for `spec`, with the earlier versions it may have been handed out from.
    public init(spec: ExerciseSpec, earlier: [(name: String, spec: ExerciseSpec)] = []) {
        self.spec = spec
        self.earlier = earlier
    }

    /// Grades one submission: identify it by its stamp, check its data sheet against the variant's
    /// generated data, then compare every answer with the key. Never throws for a bad submission —
    /// the outcome says what is wrong with it.
    /// - Throws: only for a spec that ``ExerciseSpecLoader`` would have rejected.
    public func grade(_ submission: Submission) throws(WorkshopError) -> SubmissionGrade {
        let (outcome, review, version) = try outcome(of: submission)
        return SubmissionGrade(file: submission.file, outcome: outcome, dataReview: review, typedName: submission.typedName,
                               earlierSpec: version)
    }

    /// The outcome for a file that could not be opened or parsed at all.
    public func unreadable(file: String, reason: String) -> SubmissionGrade {
        SubmissionGrade(file: file, outcome: .unreadable(reason: reason))
    }

    private func outcome(of submission: Submission) throws(WorkshopError) -> (SubmissionOutcome, DataSheetReview?, String?) {
        guard let text = submission.stampText, let stamp = ExerciseStamp(text: text) else { return (.unidentified, nil, nil) }
        guard stamp.exerciseID == spec.id else { return (.otherExercise(exerciseID: stamp.exerciseID), nil, nil) }
        let dataset = try DatasetGenerator.generate(spec, variant: stamp.variant)
        if stamp.dataFingerprint == DataFingerprint.of(dataset: dataset) {
            let (outcome, review) = try graded(submission, stamp: stamp, spec: spec, dataset: dataset)
            return (outcome, review, nil)
        }
        // Made from another version of the spec: the one among the earlier versions whose data it holds.
        for version in earlier where version.spec.id == spec.id {
            let earlierData = try DatasetGenerator.generate(version.spec, variant: stamp.variant)
            guard stamp.dataFingerprint == DataFingerprint.of(dataset: earlierData) else { continue }
            let (outcome, review) = try graded(submission, stamp: stamp, spec: version.spec, dataset: earlierData)
            return (outcome, review, version.name)
        }
        return (.specChanged(variant: stamp.variant), nil, nil)
    }

    private func graded(_ submission: Submission, stamp: ExerciseStamp, spec: ExerciseSpec,
                        dataset: GeneratedDataset) throws(WorkshopError) -> (SubmissionOutcome, DataSheetReview?) {
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
