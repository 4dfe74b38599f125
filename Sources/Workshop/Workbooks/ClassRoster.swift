/// Who gets which variant: participant k (1-based, in roster order) gets variant k.
public struct ClassRoster: Sendable, Hashable {
    /// One participant.
    public struct Participant: Sendable, Hashable {
        /// 1-based position; also the variant number.
        public let number: Int
        /// The name from the roster, or `nil` when only a count was given.
        public let name: String?

        /// Creates a participant.
        public init(number: Int, name: String?) {
            self.number = number
            self.name = name
        }

        /// The variant of the data this participant receives.
        public var variant: Int { number }
    }

    /// Participants in order.
    public let participants: [Participant]

    /// `count` unnamed participants.
    public init(count: Int) {
        participants = (0..<max(count, 0)).map { Participant(number: $0 + 1, name: nil) }
    }

    /// Named participants, in roster order.
    public init(names: [String]) {
        participants = names.enumerated().map { Participant(number: $0 + 1, name: $1) }
    }

    /// The base of a participant's file names (no extension): `<exercise>-<NN>[-<name>]`, with
    /// characters that file systems reject replaced by `_`.
    public func fileStem(for participant: Participant, exerciseID: String) -> String {
        let width = max(2, String(participants.count).count)
        var name = exerciseID + "-" + NumberSpelling.zeroPadded(participant.number, digits: width)
        if let person = participant.name {
            name += "-" + String(person.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 })
        }
        return name
    }
}
