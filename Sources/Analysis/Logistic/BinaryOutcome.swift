/// A yes/no column written as text (はい/いいえ, yes/no, あり/なし) as the 0/1 outcome of a logistic
/// regression: the event level is coded 1, the other level 0, a missing cell stays missing.
public struct BinaryOutcome: Encodable, Sendable, Equatable {
    /// The column's name.
    public let variable: String
    /// The level coded 1 (the event whose odds the model describes).
    public let event: String
    /// The level coded 0.
    public let nonEvent: String
    /// The coded column, named `variable=event`.
    public let coded: Variable

    private enum CodingKeys: String, CodingKey {
        case variable, event, nonEvent
    }

    /// Words taken as the "yes" of a yes/no pair when no event level is named, compared without case.
    public static let eventWords: Set<String> = ["はい", "あり", "有", "有り", "該当", "yes", "y", "true", "1"]

    /// Codes `labels` (nil = missing).
    ///
    /// - Parameter event: the level to code 1; by default the one level that is a "yes" word.
    /// - Throws: `AnalysisError.notBinary` unless exactly two levels occur, `.unknownCategory` when
    ///   `event` is not one of them, `.eventNotRecognised` when neither or both levels are "yes" words
    ///   and no event was named.
    public init(variable: String, labels: [String?], event: String? = nil) throws {
        var levels: [String] = []
        for case let label? in labels where !levels.contains(label) { levels.append(label) }
        guard levels.count == 2 else { throw AnalysisError.notBinary(variable: variable, levels: levels) }
        let chosen: String
        if let event {
            guard levels.contains(event) else {
                throw AnalysisError.unknownCategory(variable: variable, level: event, levels: levels)
            }
            chosen = event
        } else {
            let yes = levels.filter { Self.eventWords.contains($0.lowercased()) }
            guard yes.count == 1 else { throw AnalysisError.eventNotRecognised(variable: variable, levels: levels) }
            chosen = yes[0]
        }
        self.variable = variable
        self.event = chosen
        nonEvent = levels.first { $0 != chosen } ?? chosen
        coded = Variable(name: "\(variable)=\(chosen)", values: labels.map { label in label.map { $0 == chosen ? 1 : 0 } })
    }
}
