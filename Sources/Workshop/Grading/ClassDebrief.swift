/// What the instructor talks about after grading: who submitted, how each question went, the
/// score distribution and the most common wrong answers with their likely causes.
public struct ClassDebrief: Sendable {
    /// How one question went.
    public struct Question: Sendable {
        /// The figure.
        public let figure: FigureSpec
        /// Correct answers.
        public let correct: Int
        /// Files graded on this question (with a key).
        public let graded: Int
        /// The most common wrong answers (rounded to the figure's decimals), with how many gave each.
        public let commonWrong: [(answer: String, count: Int)]
        /// The most common slips, with how many made each.
        public let commonSlips: [(slip: Slip, count: Int)]

        /// Correct answers as a fraction of graded ones (0 when none was graded).
        public var rate: Double { graded == 0 ? 0 : Double(correct) / Double(graded) }
    }

    /// Files given.
    public let files: Int
    /// Files graded (identified, of this exercise).
    public let graded: Int
    /// Variants returned more than once (resubmission or copying), with their files.
    public let duplicates: [Int: [String]]
    /// Files of another exercise or without identification.
    public let foreign: [String]
    /// Files that could not be read.
    public let unreadable: [String]
    /// Files made from an earlier version of the spec.
    public let specChanged: [String]
    /// Roster participants with no graded file.
    public let notSubmitted: [ClassRoster.Participant]
    /// Per question, in answer-sheet order.
    public let questions: [Question]
    /// Number of files per score 0…maximum (one file per participant: the best).
    public let distribution: [Int]
    /// Files whose データ sheet shows changes other than cleaning.
    public let dataWarnings: Int

    /// The debrief of `grades`; `roster` (optional) says who should have submitted.
    public init(spec: ExerciseSpec, grades: [SubmissionGrade], roster: ClassRoster?) {
        let figures = AnswerSheetLayout(spec: spec).figures.map(\.figure)
        files = grades.count
        var byVariant: [Int: [SubmissionGrade]] = [:]
        var foreign: [String] = [], unreadable: [String] = [], changed: [String] = []
        for grade in grades {
            switch grade.outcome {
            case .graded(let variant, _): byVariant[variant, default: []].append(grade)
            case .unidentified, .otherExercise: foreign.append(grade.file)
            case .unreadable: unreadable.append(grade.file)
            case .specChanged: changed.append(grade.file)
            }
        }
        graded = byVariant.values.reduce(0) { $0 + $1.count }
        duplicates = byVariant.filter { $0.value.count > 1 }.mapValues { $0.map(\.file) }
        self.foreign = foreign
        self.unreadable = unreadable
        specChanged = changed
        notSubmitted = roster?.participants.filter { byVariant[$0.variant] == nil } ?? []
        dataWarnings = grades.filter { !($0.dataReview?.warnings.isEmpty ?? true) }.count
        // One result per participant: the best of their files.
        let best = byVariant.values.compactMap { $0.max { $0.correctCount < $1.correctCount } }
        var distribution = Array(repeating: 0, count: figures.count + 1)
        for grade in best { distribution[min(grade.correctCount, figures.count)] += 1 }
        self.distribution = distribution
        questions = figures.map { figure in
            var correct = 0, graded = 0
            var wrong: [String: Int] = [:], slips: [Slip: Int] = [:]
            for grade in best {
                guard case .graded(_, let results) = grade.outcome,
                      let result = results.first(where: { $0.expected.figureID == figure.id }), result.status != .noKey
                else { continue }
                graded += 1
                if result.status == .correct { correct += 1 }
                if result.status == .incorrect || result.status == .unreadable {
                    wrong[Self.display(result.given, decimals: figure.decimals), default: 0] += 1
                }
                if let slip = result.slip { slips[slip, default: 0] += 1 }
            }
            let commonWrong = wrong.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .prefix(3).map { (answer: $0.key, count: $0.value) }
            let commonSlips = slips.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.shortJapanese < $1.key.shortJapanese) }
                .prefix(2).map { (slip: $0.key, count: $0.value) }
            return Question(figure: figure, correct: correct, graded: graded, commonWrong: commonWrong, commonSlips: commonSlips)
        }
    }

    /// An answer as the debrief lists it: numbers rounded to the figure's decimals.
    static func display(_ answer: ParsedAnswer, decimals: Int?) -> String {
        switch answer {
        case .blank: return "（空欄）"
        case .number(let value):
            guard let decimals else { return NumberSpelling.plain(value) }
            return NumberSpelling.fixed(value, decimals: decimals)
        case .decision(let flag): return flag ? "はい" : "いいえ"
        case .unreadable(let text): return text
        }
    }

    /// One line for the screen and the 振り返り sheet.
    public var summaryJapanese: String {
        var parts = ["提出 \(files) 件", "採点 \(graded) 件"]
        if !duplicates.isEmpty {
            parts.append("同じデータ番号が複数 \(duplicates.count) 組（データ番号 \(duplicates.keys.sorted().map(String.init).joined(separator: ", "))）")
        }
        if !foreign.isEmpty { parts.append("演習外のファイル \(foreign.count) 件") }
        if !unreadable.isEmpty { parts.append("読めないファイル \(unreadable.count) 件") }
        if !specChanged.isEmpty { parts.append("演習ファイル変更前のファイル \(specChanged.count) 件") }
        if dataWarnings > 0 { parts.append("データシートに整理以外の変更 \(dataWarnings) 件") }
        if !notSubmitted.isEmpty {
            parts.append("未提出 \(notSubmitted.count) 人（" + notSubmitted.map(Self.person).joined(separator: "、") + "）")
        }
        return parts.joined(separator: "、") + "。"
    }

    /// The same line in English.
    public var summaryEnglish: String {
        var parts = ["\(files) files", "\(graded) graded"]
        if !duplicates.isEmpty {
            parts.append("\(duplicates.count) data numbers returned more than once (\(duplicates.keys.sorted().map(String.init).joined(separator: ", ")))")
        }
        if !foreign.isEmpty { parts.append("\(foreign.count) not of this exercise") }
        if !unreadable.isEmpty { parts.append("\(unreadable.count) unreadable") }
        if !specChanged.isEmpty { parts.append("\(specChanged.count) made from an earlier version of the spec") }
        if dataWarnings > 0 { parts.append("\(dataWarnings) with data changes beyond cleaning") }
        if !notSubmitted.isEmpty {
            parts.append("\(notSubmitted.count) not submitted (" + notSubmitted.map(Self.person).joined(separator: ", ") + ")")
        }
        return parts.joined(separator: ", ") + "."
    }

    static func person(_ participant: ClassRoster.Participant) -> String {
        participant.name.map { "\(participant.number) \($0)" } ?? String(participant.number)
    }
}
