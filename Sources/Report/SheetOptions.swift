/// Sheet-wide settings.
public struct SheetOptions: Codable, Sendable, Hashable {
    /// Rows above this index and columns left of `frozenColumns` stay visible when scrolling
    /// (e.g. 1 keeps a header row in view); 0 freezes nothing.
    public var frozenRows: Int
    /// Columns kept in view when scrolling sideways.
    public var frozenColumns: Int
    /// Minimum widths (in character units) for columns by zero-based index; estimated widths never go below these.
    public var minimumColumnWidths: [Int: Double]
    /// Whether the sheet is protected so that only input cells can be edited (no password: it guards
    /// against slips, not against people).
    public var isProtected: Bool

    /// Creates options.
    public init(frozenRows: Int = 0, frozenColumns: Int = 0, minimumColumnWidths: [Int: Double] = [:],
                isProtected: Bool = false) {
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.minimumColumnWidths = minimumColumnWidths
        self.isProtected = isProtected
    }
}
