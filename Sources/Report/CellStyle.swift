/// What a cell is for; the writer maps each role to fonts, fills and protection.
public enum CellRole: String, Codable, Sendable, Hashable {
    /// Ordinary labels and figures.
    case body
    /// Column or row headings (bold).
    case header
    /// The title line of a sheet or block (bold, larger); overflows to the right, so it does not widen its column.
    case title
    /// A figure to draw the eye to, such as a significant p-value (bold).
    case emphasis
    /// A sentence of explanation; overflows to the right, so it does not widen its column.
    case note
    /// A sentence that wraps within its column (which the sheet makes wide), for longer explanations.
    case paragraph
    /// A cell a participant fills in: highlighted and left unlocked on a protected sheet.
    case input
}

/// Thin horizontal rules of the kind the ToolPak draws above and below its tables.
public struct BorderEdges: OptionSet, Codable, Sendable, Hashable {
    /// The edges as bits.
    public let rawValue: UInt8
    /// Creates edges from bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A thin line along the top edge.
    public static let top = BorderEdges(rawValue: 1)
    /// A thin line along the bottom edge.
    public static let bottom = BorderEdges(rawValue: 2)
}

/// The look of a cell: its role and its rules.
public struct CellStyle: Codable, Sendable, Hashable {
    /// What the cell is for.
    public var role: CellRole
    /// Thin rules on the cell's edges.
    public var borders: BorderEdges
    /// A background colour as 0xRRGGBB, for shading figures by size (nil: the role's own background).
    public var fill: UInt32?

    /// Creates a style.
    public init(role: CellRole = .body, borders: BorderEdges = [], fill: UInt32? = nil) {
        self.role = role
        self.borders = borders
        self.fill = fill
    }

    /// An ordinary cell without rules.
    public static let body = CellStyle()
    /// A heading cell without rules.
    public static let header = CellStyle(role: .header)

    /// Whether the cell's text should count when a column width is chosen.
    public var sizesColumn: Bool { role != .title && role != .note && role != .paragraph }
}

/// A restriction on what a participant may type into an input cell.
public enum InputValidation: Codable, Sendable, Hashable {
    /// One of the given choices, offered as a drop-down list.
    case list([String])
    /// A decimal number between the bounds (inclusive).
    case decimal(minimum: Double, maximum: Double)
    /// A whole number between the bounds (inclusive).
    case wholeNumber(minimum: Int, maximum: Int)
}
