/// One exercise, as an instructor writes it in `Exercises/<id>.yaml` (see Exercises/README.md).
public struct ExerciseSpec: Codable, Sendable, Hashable {
    /// Stable identifier, written into every workbook so submissions can be matched to their key.
    public var id: String
    /// Short title shown at the top of the 説明 sheet.
    public var title: LocalizedText
    /// The municipal situation that motivates the analysis.
    public var story: LocalizedText
    /// How the participants' data is generated.
    public var dataset: DatasetSpec
    /// What the participants compute and report.
    public var tasks: [TaskSpec]
    /// Default tolerance for numeric answers; a figure may override it.
    public var tolerance: Tolerance
    /// Hints listed on the 説明 sheet.
    public var hints: [LocalizedText]
    /// `ebpmSheet: true` adds the evidence worksheet (根拠シート, blank) to each participant's workbook, so the day
    /// ends with a proposal; absent (nil) leaves the workbook as it was.
    public var ebpmSheet: Bool?

    private enum CodingKeys: String, CodingKey { case id, title, story, dataset, tasks, tolerance, hints, ebpmSheet }

    /// The 1-based number of the task `taskID` as shown to participants (課題1, 課題2, …); 0 if unknown.
    public func taskNumber(of taskID: String) -> Int {
        (tasks.firstIndex { $0.id == taskID } ?? -1) + 1
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(LocalizedText.self, forKey: .title)
        story = try container.decode(LocalizedText.self, forKey: .story)
        dataset = try container.decode(DatasetSpec.self, forKey: .dataset)
        tasks = try container.decode([TaskSpec].self, forKey: .tasks)
        tolerance = try container.decodeIfPresent(Tolerance.self, forKey: .tolerance) ?? Tolerance()
        hints = try container.decodeIfPresent([LocalizedText].self, forKey: .hints) ?? []
        ebpmSheet = try container.decodeIfPresent(Bool.self, forKey: .ebpmSheet)
    }
}

/// How far a numeric answer may lie from the key and still count as correct: it is accepted when
/// |answer − key| ≤ max(absolute, relative·|key|).
public struct Tolerance: Codable, Sendable, Hashable {
    /// Absolute allowance.
    public var absolute: Double
    /// Allowance relative to the size of the expected value.
    public var relative: Double

    /// Defaults suit figures reported with two or three decimals.
    public init(absolute: Double = 0.005, relative: Double = 0.001) {
        self.absolute = absolute
        self.relative = relative
    }

    private enum CodingKeys: String, CodingKey { case absolute, relative }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Tolerance()
        absolute = try container.decodeIfPresent(Double.self, forKey: .absolute) ?? defaults.absolute
        relative = try container.decodeIfPresent(Double.self, forKey: .relative) ?? defaults.relative
    }

    /// Whether `answer` is close enough to `expected`.
    public func accepts(_ answer: Double, expected: Double) -> Bool {
        abs(answer - expected) <= max(absolute, relative * abs(expected))
    }
}
