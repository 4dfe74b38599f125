/// The data sheet to generate: its size, seed, columns, and the imperfections to inject.
public struct DatasetSpec: Codable, Sendable, Hashable {
    /// Number of data rows (header excluded).
    public var rows: Int
    /// Base seed; each participant variant derives its own seed from it.
    public var seed: UInt64
    /// Columns in sheet order; a derived column may only use columns listed before it.
    public var columns: [ColumnSpec]
    /// Cells blanked after generation (the participant must handle missing values).
    public var missing: [MissingSpec]
    /// Cells rewritten as messy text (the participant must clean them).
    public var dirty: [DirtySpec]

    private enum CodingKeys: String, CodingKey { case rows, seed, columns, missing, dirty }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rows = try container.decode(Int.self, forKey: .rows)
        seed = try container.decode(UInt64.self, forKey: .seed)
        columns = try container.decode([ColumnSpec].self, forKey: .columns)
        missing = try container.decodeIfPresent([MissingSpec].self, forKey: .missing) ?? []
        dirty = try container.decodeIfPresent([DirtySpec].self, forKey: .dirty) ?? []
    }
}

/// Blank `count` randomly chosen cells of `column`.
public struct MissingSpec: Codable, Sendable, Hashable {
    /// The column whose cells are blanked.
    public var column: String
    /// How many cells (distinct rows).
    public var count: Int
}

/// Rewrite `count` randomly chosen cells of `column` in a messy `style`.
public struct DirtySpec: Codable, Sendable, Hashable {
    /// The column whose cells are rewritten.
    public var column: String
    /// How many cells (distinct rows, never a blanked one).
    public var count: Int
    /// What the messy cell looks like.
    public var style: DirtyStyle
    /// The unit appended by ``DirtyStyle/unit`` (e.g. `時間`, `件`).
    public var unit: String?
}

/// The kinds of messy cells found in real municipal spreadsheets.
public enum DirtyStyle: String, Codable, Sendable, Hashable, CaseIterable {
    /// A number typed with full-width digits, stored as text: `１２．５`.
    case fullWidth
    /// A number followed by a unit, stored as text: `12時間`.
    case unit
    /// A value with stray leading/trailing spaces (ASCII and ideographic), stored as text.
    case spaces
}
