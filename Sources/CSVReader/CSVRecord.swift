/// One field of a CSV record, with the position a person would look for it at.
public struct CSVField: Sendable, Hashable {
    /// The field's text: quotes removed, doubled quotes undone, line breaks inside quotes as LF.
    public let text: String
    /// 1-based line where the field starts (a quoted field may span lines).
    public let line: Int
    /// 1-based position of the field in its record.
    public let column: Int
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable, Hashable {
    /// 1-based line where the record starts.
    public let line: Int
    /// The fields in order; empty for a blank line.
    public let fields: [CSVField]

    /// The fields' texts, for callers that do not need positions.
    public var texts: [String] { fields.map(\.text) }
}
