import XLSXReader

/// How to turn a sheet into a table.
public struct TableOptions: Sendable, Hashable {
    /// The 1-based sheet row holding the headers; nil means found by layout detection (or, without it, the
    /// first row that holds a value).
    public var headerRow: Int?
    /// Convert number-like text (`１２`, `1,234`, `12時間`) to numbers, listing each converted cell.
    public var coerceNumbers: Bool
    /// Read the sheet as a person sees it (`TableLayout`): the header found below titles and units, two-row
    /// headers joined, total, note and blank rows left out and listed, empty columns between fields dropped,
    /// a second table on the sheet reported rather than glued on. Off, every row after the header is data.
    public var detectLayout: Bool
    /// Only the cells in this range; its first row is the header unless `headerRow` says otherwise.
    public var range: CellRange?
    /// With `coerceNumbers`, read the dash `－` (該当数字なし, "no such case") as 0 rather than as a missing value.
    public var dashAsZero: Bool

    /// Creates options; the defaults detect the layout and convert nothing.
    public init(headerRow: Int? = nil, coerceNumbers: Bool = false, detectLayout: Bool = true, range: CellRange? = nil,
                dashAsZero: Bool = false) {
        self.headerRow = headerRow
        self.coerceNumbers = coerceNumbers
        self.detectLayout = detectLayout
        self.range = range
        self.dashAsZero = dashAsZero
    }
}
