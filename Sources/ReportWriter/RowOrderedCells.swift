import Report

/// A sheet's cells in row order (row, then column), without copying them.
///
/// `ReportSheet.laidOutCells()` copies every cell (about 130 bytes each) into one sorted array; for a
/// data sheet of a million rows that copy was as large as the document itself. Here the cells stay in
/// their blocks (a `.cells` block's array is shared, not copied) and only one 8-byte key per cell is
/// sorted: the address in the high bits and the cell's position in the blocks in the low bits. Other
/// block kinds (tables, notes, titles) are small, so their placed cells are made as before.
struct RowOrderedCells {
    /// One block's cells and the offset that puts them on the sheet.
    private struct Source {
        let cells: [PositionedCell]
        let rowOffset: Int
        let columnOffset: Int
    }

    private let sources: [Source]
    /// Index of each source's first cell in the concatenation of all sources.
    private let starts: [Int]
    /// Sorted keys: `(row << 14 | column) << positionBits | position`.
    private let keys: [UInt64]

    /// Bits of a key for a cell's position among the sheet's cells: up to 2^30 cells per sheet, far more
    /// than memory allows; the row (20 bits, 1,048,576 rows) and column (14 bits, 16,384) take the rest.
    private static let positionBits: UInt64 = 30
    private static let positionMask: UInt64 = (1 << positionBits) - 1

    /// Orders the sheet's cells, or returns nil when some cell lies off Excel's grid (or the sheet has more
    /// cells than a key can number): the caller then takes `laidOutCells()`, whose order and errors name
    /// the cell at fault as before.
    ///
    /// - Throws: `ReportLayoutError.overlappingCells` for the first (in row order) cell two blocks both fill.
    init?(_ sheet: ReportSheet) throws(ReportLayoutError) {
        var sources: [Source] = []
        var starts: [Int] = []
        var total = 0
        for block in sheet.blocks {
            let source: Source
            if case .cells(let cells) = block.content {
                source = Source(cells: cells, rowOffset: block.origin.row, columnOffset: block.origin.column)
            } else {
                source = Source(cells: block.placedCells(), rowOffset: 0, columnOffset: 0)
            }
            starts.append(total)
            sources.append(source)
            total += source.cells.count
        }
        guard total <= Int(Self.positionMask) + 1 else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(total)
        for (index, source) in sources.enumerated() {
            let start = starts[index]
            for (offset, placed) in source.cells.enumerated() {
                let row = placed.address.row + source.rowOffset, column = placed.address.column + source.columnOffset
                guard (0..<Grid.rowCount).contains(row), (0..<Grid.columnCount).contains(column) else { return nil }
                keys.append(UInt64(row << 14 | column) << Self.positionBits | UInt64(start + offset))
            }
        }
        keys.sort()
        for index in keys.indices.dropFirst() where keys[index] >> Self.positionBits == keys[index - 1] >> Self.positionBits {
            let cell = keys[index] >> Self.positionBits
            throw .overlappingCells(sheet: sheet.name,
                                    cell: CellAddress(row: Int(cell >> 14), column: Int(cell & 0x3FFF)).a1())
        }
        self.sources = sources
        self.starts = starts
        self.keys = keys
    }

    var count: Int { keys.count }

    /// The zero-based row of the `index`-th cell in row order.
    func row(at index: Int) -> Int { Int(keys[index] >> (Self.positionBits + 14)) }

    /// The `index`-th cell in row order, at its sheet address.
    subscript(index: Int) -> PositionedCell {
        let position = Int(keys[index] & Self.positionMask)
        // The last source starting at or before the position (sources are few: one per block).
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        let source = sources[low]
        var placed = source.cells[position - starts[low]]
        if source.rowOffset != 0 || source.columnOffset != 0 {
            placed.address = placed.address.offset(rows: source.rowOffset, columns: source.columnOffset)
        }
        return placed
    }

    /// Column widths for these cells, as `ColumnWidths.estimate` would give for all of them at once (each
    /// column takes the widest of its cells, so blocks can be measured one after another) but without
    /// making one array of every cell.
    func columnWidths(hints: [Int: Double]) -> [Int: Double] {
        var widths = hints
        for source in sources {
            if source.rowOffset == 0 && source.columnOffset == 0 {
                widths = ColumnWidths.estimate(for: source.cells, hints: widths)
                continue
            }
            // Moved onto the sheet a chunk at a time, so a large block offset from A1 is never copied whole.
            let chunk = 4_096
            var start = 0
            while start < source.cells.count {
                let end = min(source.cells.count, start + chunk)
                let placed = source.cells[start..<end].map {
                    PositionedCell($0.address.offset(rows: source.rowOffset, columns: source.columnOffset), $0.cell)
                }
                widths = ColumnWidths.estimate(for: placed, hints: widths)
                start = end
            }
        }
        return widths
    }
}
