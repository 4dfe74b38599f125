/// A cell placed at an address (relative to a block's origin inside a block, absolute on a sheet).
public struct PositionedCell: Codable, Sendable, Hashable {
    /// Where the cell goes.
    public var address: CellAddress
    /// The cell.
    public var cell: ReportCell

    /// Creates a positioned cell.
    public init(_ address: CellAddress, _ cell: ReportCell) {
        self.address = address
        self.cell = cell
    }
}

/// What a block shows.
public enum BlockContent: Codable, Sendable, Hashable {
    /// A title line.
    case title(String)
    /// A labelled table or matrix.
    case table(ReportTable)
    /// Plain-text notes, one per row, each overflowing to the right.
    case notes([String])
    /// Longer sentences, one per row, each wrapping within the block's column.
    case paragraphs([String])
    /// Free-form cells, addressed relative to the block's origin (e.g. a data column with its header).
    case cells([PositionedCell])
    /// Many rows made when they are written (a data sheet, a residual table): see `RowRun`.
    case rows(RowRun)
}

/// A block of content anchored at a cell of a sheet.
public struct ReportBlock: Codable, Sendable, Hashable {
    /// The block's top-left cell on the sheet.
    public var origin: CellAddress
    /// What the block shows.
    public var content: BlockContent

    /// Creates a block.
    public init(at origin: CellAddress, _ content: BlockContent) {
        self.origin = origin
        self.content = content
    }

    /// The block's cells at their sheet addresses.
    public func placedCells() -> [PositionedCell] {
        relativeCells().map { PositionedCell($0.address.offset(rows: origin.row, columns: origin.column), $0.cell) }
    }

    private func relativeCells() -> [PositionedCell] {
        switch content {
        case .title(let title):
            return [PositionedCell(CellAddress(row: 0, column: 0), .text(title, style: CellStyle(role: .title)))]
        case .table(let table):
            return table.cells()
        case .notes(let lines):
            return Self.column(of: lines, role: .note)
        case .paragraphs(let lines):
            return Self.column(of: lines, role: .paragraph)
        case .cells(let cells):
            return cells
        case .rows(let run):
            return run.placedCells()
        }
    }

    private static func column(of lines: [String], role: CellRole) -> [PositionedCell] {
        lines.enumerated().map { index, line in
            PositionedCell(CellAddress(row: index, column: 0), .text(line, style: CellStyle(role: role)))
        }
    }

    /// Rows the block occupies.
    public var height: Int {
        if case .rows(let run) = content { return run.rowCount }
        return (relativeCells().map(\.address.row).max() ?? -1) + 1
    }
}
