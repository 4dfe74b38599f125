/// A pull cursor over one sheet's cells: `while let cell = try cursor.next() { … }`.
/// Styled empty cells are skipped; memory stays bounded by one chunk of XML however large the sheet is.
public struct SheetCursor {
    private let stream: CellStream

    init(stream: CellStream) throws {
        self.stream = stream
        try stream.readToSheetData()
    }

    /// The sheet being read.
    public var sheet: SheetInfo { stream.sheet }

    /// The sheet's `<dimension>`, read before the first cell. Producers often get it wrong (a single cell,
    /// the whole grid, or nothing), so use it only as a capacity hint, capped by `reservationHint`.
    public var dimension: CellRange? { stream.dimension }

    /// A row count safe to reserve: the dimension's rows, capped at 65,536.
    public var reservationHint: Int {
        guard let dimension else { return 0 }
        return min(dimension.last.row - dimension.first.row + 1, 1 << 16)
    }

    /// The next cell holding a value (or a formula without a cached value), or nil at the end of the sheet.
    public mutating func next() throws -> Cell? {
        try stream.next()
    }
}
