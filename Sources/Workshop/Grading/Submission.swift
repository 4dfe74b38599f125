/// What grading needs from a returned workbook, already read from the file: the stamp, the data
/// sheet, and the answer cells. Reading the file is the caller's job, so grading itself is pure.
public struct Submission: Sendable, Hashable {
    /// The file, for the report.
    public let file: String
    /// The stamp text found in the workbook, if any.
    public let stampText: String?
    /// The データ sheet (header row first), if present.
    public let dataRows: [[DataCell]]?
    /// The answer cells by figure id.
    public let answers: [String: ParsedAnswer]
    /// The workbook's sheet names, in order.
    public let sheetNames: [String]
    /// The name in the 回答 sheet's 氏名 cell, if any.
    public let typedName: String?

    /// Creates a submission from what was read.
    public init(file: String, stampText: String?, dataRows: [[DataCell]]?, answers: [String: ParsedAnswer],
                sheetNames: [String] = [], typedName: String? = nil) {
        self.file = file
        self.stampText = stampText
        self.dataRows = dataRows
        self.answers = answers
        self.sheetNames = sheetNames
        self.typedName = typedName
    }
}

/// The outcome for one returned file.
public enum SubmissionOutcome: Sendable, Hashable {
    /// Identified and graded, figure by figure in key order.
    case graded(variant: Int, figures: [FigureGrade])
    /// The file has no stamp: not an exercise workbook, or its hidden sheet was removed.
    case unidentified
    /// The file belongs to another exercise.
    case otherExercise(exerciseID: String)
    /// The stamp's data fingerprint is not what the current spec generates for its variant: the spec
    /// (data settings or seed) changed after the workbook was handed out, so its key cannot be rebuilt.
    case specChanged(variant: Int)
    /// The file could not be read; `reason` says why.
    case unreadable(reason: String)
}

/// One line of the grade report.
public struct SubmissionGrade: Sendable, Hashable {
    /// The file graded.
    public let file: String
    /// What happened.
    public let outcome: SubmissionOutcome
    /// What was done to the データ sheet (graded files only).
    public let dataReview: DataSheetReview?
    /// The name typed into the 回答 sheet, if any.
    public let typedName: String?
    /// The earlier version of the spec the file was made from and graded against (`--earlier-spec`), if not
    /// the current one.
    public let earlierSpec: String?

    /// Creates a grade.
    public init(file: String, outcome: SubmissionOutcome, dataReview: DataSheetReview? = nil, typedName: String? = nil,
                earlierSpec: String? = nil) {
        self.file = file
        self.outcome = outcome
        self.dataReview = dataReview
        self.typedName = typedName
        self.earlierSpec = earlierSpec
    }

    /// The variant of an identified file.
    public var variant: Int? {
        switch outcome {
        case .graded(let variant, _), .specChanged(let variant): return variant
        default: return nil
        }
    }

    /// Correct answers (0 unless graded).
    public var correctCount: Int {
        guard case .graded(_, let figures) = outcome else { return 0 }
        return figures.filter { $0.status == .correct }.count
    }
}
