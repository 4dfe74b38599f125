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
    /// How the sheet prints; nil: the result-workbook default (landscape, every column on one page width,
    /// the printer's paper).
    public var pageSetup: PageSetup?

    /// Creates options.
    public init(frozenRows: Int = 0, frozenColumns: Int = 0, minimumColumnWidths: [Int: Double] = [:],
                isProtected: Bool = false, pageSetup: PageSetup? = nil) {
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.minimumColumnWidths = minimumColumnWidths
        self.isProtected = isProtected
        self.pageSetup = pageSetup
    }
}

/// A sheet's print settings, for a sheet meant to be printed as a form (the evidence worksheet).
public struct PageSetup: Codable, Sendable, Hashable {
    /// Paper sizes by Excel's paper code.
    public enum Paper: Int, Codable, Sendable, Hashable {
        /// A4 (210 × 297 mm): Excel's code 9.
        case a4 = 9
    }

    /// The paper.
    public var paper: Paper
    /// Landscape rather than portrait.
    public var landscape: Bool
    /// Shrink the whole sheet onto one page (one page wide and one tall).
    public var fitToOnePage: Bool

    /// Creates a page setup.
    public init(paper: Paper = .a4, landscape: Bool = true, fitToOnePage: Bool = true) {
        self.paper = paper
        self.landscape = landscape
        self.fitToOnePage = fitToOnePage
    }

    /// One A4 landscape page.
    public static let onePageA4Landscape = PageSetup()
}
