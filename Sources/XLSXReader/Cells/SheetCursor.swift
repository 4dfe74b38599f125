/// A pull cursor over one sheet's cells: `while let cell = try cursor.next() { … }`, or in batches with
/// `nextBatch(_:)`. Styled empty cells are skipped; memory stays bounded by one chunk of XML and one batch of
/// cells however large the sheet is.
public struct SheetCursor {
    private let stream: CellStream
    /// Cells read ahead for `next()`, and how many of them it has handed out.
    private var pending = CellBatch()
    private var position = 0

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
        return min(dimension.last.rowNumber - dimension.first.rowNumber + 1, 1 << 16)
    }

    /// How far the read has come: bytes of the sheet's XML scanned, and its whole size when the zip directory
    /// states it (for a progress line; the scanner reads ahead of the cells handed out by up to a chunk).
    public var progress: (done: Int, total: Int?) { stream.progress }

    /// The next cell holding a value (or a formula without a cached value), or nil at the end of the sheet.
    public mutating func next() throws -> Cell? {
        if position == pending.records.count {
            guard try stream.fill(&pending) else { return nil }
            position = 0
        }
        defer { position += 1 }
        return pending.cell(at: position)
    }

    /// Replaces `batch`'s cells with the next ones, in document order (the same cells `next()` would give);
    /// false at the end of the sheet. Reusing one batch for a whole sheet reuses its storage.
    public mutating func nextBatch(_ batch: inout CellBatch) throws -> Bool {
        if position < pending.records.count {
            batch = pending.dropping(first: position)
            position = pending.records.count
            return true
        }
        return try stream.fill(&batch)
    }
}

extension SheetCursor {
    /// The sheet's merged ranges, read from where the cells end: `mergeCells` follows `sheetData`, so once
    /// the last batch has been handed out this costs only the sheet's tail, not a second pass over its cells.
    /// Call it after `next()`/`nextBatch(_:)` has returned nil/false.
    public mutating func trailingMergedRanges() throws -> [CellRange] {
        try stream.readMergedRanges()
    }
}
