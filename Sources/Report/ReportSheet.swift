import Foundation

/// One sheet of a report: blocks of content, charts and sheet options.
public struct ReportSheet: Codable, Sendable, Hashable {
    /// The sheet's tab name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// Content blocks; blocks must not overlap.
    public var blocks: [ReportBlock]
    /// Charts placed on the sheet.
    public var charts: [ChartSpec]
    /// Frozen panes, width hints and protection.
    public var options: SheetOptions

    /// Creates a sheet.
    public init(name: String, blocks: [ReportBlock] = [], charts: [ChartSpec] = [], options: SheetOptions = SheetOptions()) {
        self.name = name
        self.blocks = blocks
        self.charts = charts
        self.options = options
    }

    /// Every cell of every block at its sheet address, sorted by row then column.
    ///
    /// - Throws: `ReportLayoutError.overlappingCells` when two blocks write the same cell, since one
    ///   figure would silently hide another.
    public func laidOutCells() throws(ReportLayoutError) -> [PositionedCell] {
        // Sorted in place by one integer key (row × 2^14 + column; Excel's 16,384 columns fit in 14 bits); after
        // the sort two blocks filling one cell sit side by side, so no set of taken cells is needed. A data sheet
        // of a million rows is then laid out in one array instead of three (a keyed copy, a set and the result).
        var cells = blocks.flatMap { $0.placedCells() }
        cells.sort { Self.key($0.address) < Self.key($1.address) }
        for index in cells.indices.dropFirst() where cells[index].address == cells[index - 1].address {
            throw .overlappingCells(sheet: name, cell: cells[index].address.a1())
        }
        return cells
    }

    private static func key(_ address: CellAddress) -> Int { address.row << 14 | address.column }
}

/// Mistakes in a report's layout.
public enum ReportLayoutError: Error, Sendable, Equatable, LocalizedError {
    /// Two blocks on `sheet` both fill `cell` (A1 form).
    case overlappingCells(sheet: String, cell: String)
    /// A regression of `response` was asked for without any predictor.
    case noPredictors(response: String)

    public var errorDescription: String? {
        switch self {
        case .overlappingCells(let sheet, let cell): return "Two parts of sheet \"\(sheet)\" both fill cell \(cell)."
        case .noPredictors(let response): return "A regression of \(response) needs at least one predictor."
        }
    }
}
