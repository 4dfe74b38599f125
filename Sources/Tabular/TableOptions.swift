/// How to turn a sheet into a table.
public struct TableOptions: Sendable, Hashable {
    /// The 1-based sheet row holding the headers; nil means the first row that holds a value.
    public var headerRow: Int?
    /// Convert number-like text (`１２`, `1,234`, `12時間`) to numbers, listing each converted cell.
    public var coerceNumbers: Bool

    /// Creates options; the defaults take the first non-empty row as headers and convert nothing.
    public init(headerRow: Int? = nil, coerceNumbers: Bool = false) {
        self.headerRow = headerRow
        self.coerceNumbers = coerceNumbers
    }
}
