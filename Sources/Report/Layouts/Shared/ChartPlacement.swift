/// Where charts go on a sheet so that they never cover a cell of it.
enum ChartPlacement {
    /// Rows and columns a chart takes at the writer's size, plus a one-cell margin.
    static let rowStep = 19
    static let columnStep = 10

    /// The column after the rightmost cell of `blocks`, one empty column apart: a chart anchored there
    /// (at any row) lies clear of every block.
    static func columnRight(of blocks: [ReportBlock]) -> Int {
        (blocks.flatMap { $0.placedCells() }.map(\.address.column).max() ?? -1) + 2
    }

    /// `charts` re-anchored in a grid `perRow` wide, left to right then down, starting at `origin`.
    static func grid(_ charts: [ChartSpec], from origin: CellAddress, perRow: Int = 2) -> [ChartSpec] {
        charts.enumerated().map { index, chart in
            var placed = chart
            placed.anchor = origin.offset(rows: (index / perRow) * rowStep, columns: (index % perRow) * columnStep)
            return placed
        }
    }
}
