/// The verdict on one answer cell.
public enum GradeStatus: String, Codable, Sendable, Hashable {
    /// Within tolerance (numbers) or the same decision.
    case correct
    /// A readable answer that is wrong.
    case incorrect
    /// Nothing entered.
    case blank
    /// Text that could not be read as a number or はい/いいえ.
    case unreadable
    /// The key has no value for this figure, so it cannot be graded.
    case noKey
}

/// One graded answer, with what is needed for feedback.
public struct FigureGrade: Sendable, Hashable {
    /// The expected answer, including label and tolerance.
    public let expected: ExpectedAnswer
    /// How the cell was read.
    public let given: ParsedAnswer
    /// The verdict.
    public let status: GradeStatus
    /// For a wrong number, the known slip that reproduces it on the participant's data, if any.
    public internal(set) var slip: Slip?

    /// Grades `given` against `expected`. A number where a decision is expected (or the reverse) is
    /// incorrect, except that 1/0 are accepted as はい/いいえ (TRUE/FALSE typed into Excel may come back as numbers).
    public init(expected: ExpectedAnswer, given: ParsedAnswer) {
        self.expected = expected
        self.given = given
        switch (expected.value, given) {
        case (nil, _): status = .noKey
        case (_, .blank): status = .blank
        case (_, .unreadable): status = .unreadable
        case (.number(let key)?, .number(let answer)):
            status = expected.tolerance.accepts(answer, expected: key) ? .correct : .incorrect
        case (.decision(let key)?, .decision(let answer)):
            status = key == answer ? .correct : .incorrect
        case (.decision(let key)?, .number(let answer)) where answer == 0 || answer == 1:
            status = key == (answer == 1) ? .correct : .incorrect
        case (.number?, .decision), (.decision?, .number):
            status = .incorrect
        }
    }
}
