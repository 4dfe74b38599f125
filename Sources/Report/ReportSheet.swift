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
        var byAddress: [CellAddress: PositionedCell] = [:]
        for block in blocks {
            for placed in block.placedCells() {
                if byAddress[placed.address] != nil {
                    throw .overlappingCells(sheet: name, cell: placed.address.a1())
                }
                byAddress[placed.address] = placed
            }
        }
        return byAddress.values.sorted { $0.address < $1.address }
    }
}

/// Mistakes in a report's layout.
public enum ReportLayoutError: Error, Sendable, Equatable {
    /// Two blocks on `sheet` both fill `cell` (A1 form).
    case overlappingCells(sheet: String, cell: String)
}
