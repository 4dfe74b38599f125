/// A grid of means by two factors (rows: levels of the first, columns: levels of the second) whose cells
/// refer to where the sheet already shows each mean, and a chart of it with one series per column.
///
/// The grid exists because a chart series takes its values from one contiguous range, while the
/// summary blocks of the two-factor sheets hold each level's means in a block of their own and the
/// group summary lists one group per row.
struct CellMeansChart {
    /// Where one mean is shown on the sheet, and its value.
    typealias Mean = (cell: CellAddress, value: Double)

    /// The grid, headed by `Labels.Charts.cellMeans`.
    let block: ReportBlock
    /// The chart, anchored under the grid.
    let chart: ChartSpec

    /// Lays the grid out at `origin` of sheet `sheet`; `mean(i, j)` is nil for a combination without data,
    /// which the grid shows as `#N/A` so that charts leave a gap there rather than draw a zero.
    init(language: Language, kind: ChartSpec.Kind, title: String, axisTitles: (x: String, y: String),
         rowLevels: [String], columnLevels: [String], sheet: String, origin: CellAddress, mean: (Int, Int) -> Mean?) {
        let rows = rowLevels.indices.map { i in
            ReportTable.Row(rowLevels[i], columnLevels.indices.map { j -> ReportCell? in
                guard let (cell, value) = mean(i, j) else { return ReportCell(.value(.error(.notAvailable))) }
                return FigureCell.make(Formula(cell.a1()), value, format: .significant(value), undefined: .divisionByZero)
            })
        }
        block = ReportBlock(at: origin, .table(ReportTable(heading: Labels.Charts.cellMeans.text(language),
                                                           columnHeaders: [""] + columnLevels, rows: rows)))
        // The heading and header rows come before the first level's row.
        let levelRows = (origin.row + 2)..<(origin.row + 2 + rowLevels.count)
        chart = ChartSpec(kind: kind, title: title, xAxisTitle: axisTitles.x, yAxisTitle: axisTitles.y,
                          series: columnLevels.indices.map { j in
                              .init(name: columnLevels[j], categories: .column(origin.column, rows: levelRows, on: sheet),
                                    values: .column(origin.column + 1 + j, rows: levelRows, on: sheet))
                          },
                          showsLegend: true,
                          yAxisMinimum: kind == .column ? ChartSpec.barBaseline(rows.indices.flatMap { i in
                              columnLevels.indices.compactMap { mean(i, $0)?.value }
                          }) : nil,
                          anchor: CellAddress(row: levelRows.upperBound + 1, column: origin.column))
    }
}
