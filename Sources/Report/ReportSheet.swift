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
        // Cells are keyed by one integer (row × 2^14 + column, Excel's 16,384 columns fit in 14 bits):
        // hashing and sorting plain integers keeps a data sheet of 200,000 cells quick.
        var keyed: [(key: Int, cell: PositionedCell)] = []
        var taken = Set<Int>()
        for block in blocks {
            for placed in block.placedCells() {
                let key = placed.address.row << 14 | placed.address.column
                guard taken.insert(key).inserted else {
                    throw .overlappingCells(sheet: name, cell: placed.address.a1())
                }
                keyed.append((key, placed))
            }
        }
        keyed.sort { $0.key < $1.key }
        return keyed.map(\.cell)
    }
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
