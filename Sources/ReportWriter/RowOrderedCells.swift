import Report

/// A sheet's cells in row order (row, then column), without copying them.
///
/// `ReportSheet.laidOutCells()` copies every cell (about 130 bytes each) into one sorted array; for a
/// data sheet of a million rows that copy was as large as the document itself. Here the cells stay in
/// their blocks (a `.cells` block's array is shared, not copied) and only one 8-byte key per cell is
/// sorted: the address in the high bits and the cell's position in the blocks in the low bits. Other
/// block kinds (tables, notes, titles) are small, so their placed cells are made as before. Runs
/// (`.rows` blocks) are already in row order: they get no keys, and each of their rows is made only
/// when `forEachRow` reaches it and merged there with the keyed cells and other runs of that row.
struct RowOrderedCells {
    /// One block's cells and the offset that puts them on the sheet.
    private struct Source {
        let cells: [PositionedCell]
        let rowOffset: Int
        let columnOffset: Int
    }

    /// A run and where its first cell sits on the sheet.
    private struct Run {
        let run: RowRun
        let row: Int
        let column: Int
    }

    private let sources: [Source]
    /// The sheet's runs, by first row (blocks' order among runs starting on one row).
    private let runs: [Run]
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
        var runs: [Run] = []
        var total = 0
        for block in sheet.blocks {
            let source: Source
            if case .rows(let run) = block.content {
                runs.append(Run(run: run, row: block.origin.row, column: block.origin.column))
                continue
            } else if case .cells(let cells) = block.content {
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
        self.runs = runs.enumerated().sorted { ($0.element.row, $0.offset) < ($1.element.row, $1.offset) }.map(\.element)
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

    /// Calls `body` with each row that holds a cell, top to bottom, and that row's cells left to right: the keyed
    /// cells of the row and the row of every run that covers it. Cells a run places off Excel's grid are passed on
    /// like the others, so that writing fails at the first of them with the usual message.
    ///
    /// - Throws: `.invalidLayout(.overlappingCells)` for a cell that a run and another block both fill, and
    ///   whatever `body` throws.
    func forEachRow(sheet: String, _ body: ([PositionedCell]) throws(ReportWriterError) -> Void) throws(ReportWriterError) {
        var keyIndex = 0, nextRun = 0
        var active: [Run] = []
        var current = Int.min
        while true {
            // The next row: the next keyed cell's, the next run's first, or the one after this for a run still going.
            var next = keyIndex < keys.count ? row(at: keyIndex) : Int.max
            if nextRun < runs.count { next = min(next, runs[nextRun].row) }
            if !active.isEmpty { next = min(next, current + 1) }
            guard next != Int.max else { return }
            current = next
            while nextRun < runs.count && runs[nextRun].row <= current {
                if runs[nextRun].run.rowCount > 0 { active.append(runs[nextRun]) }
                nextRun += 1
            }
            var cells: [PositionedCell] = []
            var contributors = 0
            if keyIndex < keys.count && row(at: keyIndex) == current {
                contributors += 1
                while keyIndex < keys.count && row(at: keyIndex) == current {
                    cells.append(self[keyIndex])
                    keyIndex += 1
                }
            }
            for run in active {
                let before = cells.count
                for (offset, cell) in run.run.cells(ofRow: current - run.row).enumerated() {
                    if let cell { cells.append(PositionedCell(CellAddress(row: current, column: run.column + offset), cell)) }
                }
                if cells.count > before { contributors += 1 }
            }
            active.removeAll { current - $0.row >= $0.run.rowCount - 1 }
            if contributors > 1 {
                // Stable, so that of two blocks filling one cell the error is about the place, as in the keyed order.
                cells = cells.enumerated().sorted { ($0.element.address.column, $0.offset) < ($1.element.address.column, $1.offset) }
                    .map(\.element)
                for index in cells.indices.dropFirst() where cells[index].address == cells[index - 1].address {
                    throw .invalidLayout(.overlappingCells(sheet: sheet, cell: cells[index].address.a1()))
                }
            }
            if !cells.isEmpty { try body(cells) }
        }
    }

    /// Whether any cell outside the runs is a wrapped sentence (whose row height depends on its column's width).
    var hasParagraphs: Bool {
        sources.contains { $0.cells.contains { $0.cell.style.role == .paragraph } }
    }

    /// Column widths for these cells, as `ColumnWidths.estimate` would give for all of them at once (each
    /// column takes the widest of its cells, so blocks can be measured one after another) but without
    /// making one array of every cell; the runs' rows are made for this, so a large sheet's writer measures
    /// them as it writes them instead, unless a wrapped sentence needs the widths first.
    func columnWidths(hints: [Int: Double]) -> [Int: Double] {
        var widths = hints
        for run in runs {
            for row in 0..<run.run.rowCount {
                let placed = run.run.cells(ofRow: row).enumerated().compactMap { offset, cell in
                    cell.map { PositionedCell(CellAddress(row: run.row + row, column: run.column + offset), $0) }
                }
                widths = ColumnWidths.estimate(for: placed, hints: widths)
            }
        }
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
