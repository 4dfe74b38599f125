import Analysis

/// The sheet of the ToolPak's Anova: Two-Factor Without Replication (toolpak.md §3.7; randomized
/// blocks): SUMMARY per row and per column over the data sheet's rows and columns, then the ANOVA table
/// with Rows, Columns and Error, each figure a live formula with our value cached. The error SS is
/// SST − SSR − SSC, as the reference and `Analysis` compute it. An interaction plot of the data grid
/// (one line per column) stands right of every table.
public struct TwoFactorAnovaLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias A = Labels.Anova

    /// Lays out `anova`, whose grid sits on the data sheet as `columns` (one range per column, rows in
    /// the grid's order, all of the same length).
    /// `rowName`: the column that named the rows (`--row-labels`), which names the chart's axis; nil for 行.
    public init(language: Language, anova: TwoWayANOVAWithoutReplication, columns: [CellRange], rowName: String? = nil) {
        let r = anova.rowSummaries.count, c = anova.columnSummaries.count
        let sheetName = columns.first?.sheet ?? ""
        let first = columns.first?.first ?? CellAddress(row: 1, column: 1)
        let block = CellRange(sheet: sheetName, first: first, last: columns.last?.last ?? first).reference()
        let rowRange = { (i: Int) in
            CellRange(sheet: sheetName, first: first.offset(rows: i), last: first.offset(rows: i, columns: c - 1)).reference()
        }
        let summaryRow = { (summary: SampleSummary, range: String) in
            ReportTable.Row(summary.name, [
                TestSheet.figure(.call("COUNT", range), Double(summary.count), format: .integer),
                TestSheet.figure(.call("SUM", range), summary.sum),
                TestSheet.figure(.call("AVERAGE", range), summary.mean),
                TestSheet.figure(.call("VAR.S", range), summary.variance),
            ])
        }
        let rowTop = 3, columnTop = rowTop + r + 1
        let rowSummary = ReportTable(columnHeaders: [A.summary, .count, .sum, .average, .variance].map { $0.text(language) },
                                     rows: anova.rowSummaries.enumerated().map { summaryRow($1, rowRange($0)) })
        let columnSummary = ReportTable(rows: anova.columnSummaries.enumerated().map { index, summary in
            summaryRow(summary, index < columns.count ? columns[index].reference() : "")
        })
        let spread = { (top: Int, count: Int) -> Formula in
            let counts = "\(CellAddress(row: top, column: 1).a1()):\(CellAddress(row: top + count - 1, column: 1).a1())"
            let averages = "\(CellAddress(row: top, column: 3).a1()):\(CellAddress(row: top + count - 1, column: 3).a1())"
            return Formula("SUMPRODUCT(\(counts),(\(averages)-AVERAGE(\(block)))^2)")
        }
        let anovaTop = columnTop + c + 1
        let rowsRow = anovaTop + 2, columnsRow = rowsRow + 1, errorRow = columnsRow + 1, totalRow = errorRow + 2
        let ss = { (row: Int) in CellAddress(row: row, column: 1).a1() }
        let rows = [
            AnovaTable.tested(A.rows.text(language), ss: spread(rowTop, r), df: AnovaTable.constant(anova.rows.degreesOfFreedom),
                              source: anova.rows, row: rowsRow, errorRow: errorRow, alpha: anova.alpha),
            AnovaTable.tested(A.columns.text(language), ss: spread(columnTop, c),
                              df: AnovaTable.constant(anova.columns.degreesOfFreedom), source: anova.columns,
                              row: columnsRow, errorRow: errorRow, alpha: anova.alpha),
            AnovaTable.error(A.error.text(language), ss: Formula("\(ss(totalRow))-\(ss(rowsRow))-\(ss(columnsRow))"),
                             df: AnovaTable.constant(anova.error.degreesOfFreedom), source: anova.error, row: errorRow),
        ] + AnovaTable.total(language, ss: .call("DEVSQ", block), df: Formula("COUNT(\(block))-1"), source: anova.total)
        let name = Labels.AnovaExtras.twoFactorSheet.text(language)
        let blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(A.twoFactorWithoutReplicationTitle.text(language))),
            ReportBlock(at: CellAddress(row: rowTop - 1, column: 0), .table(rowSummary)),
            ReportBlock(at: CellAddress(row: columnTop, column: 0), .table(columnSummary)),
            ReportBlock(at: CellAddress(row: anovaTop, column: 0), .cells([PositionedCell(CellAddress(row: 0, column: 0),
                                                                                         .text(A.anova.text(language)))])),
            ReportBlock(at: CellAddress(row: anovaTop + 1, column: 0), .table(ReportTable(columnHeaders: AnovaTable.headers(language),
                                                                                          rows: rows))),
        ]
        // With one value per cell the data grid is the grid of cell means: one line per column level over
        // the row levels, whose names are the row SUMMARY's labels.
        let rowLabels = CellRange.column(0, rows: rowTop..<(rowTop + r), on: name)
        let chart = ChartSpec(kind: .line, title: Labels.Charts.interactionPlot.text(language),
                              xAxisTitle: rowName ?? A.rows.text(language), yAxisTitle: Labels.Charts.value.text(language),
                              series: zip(anova.columnSummaries, columns).map { summary, range in
                                  .init(name: summary.name, categories: rowLabels, values: range)
                              },
                              showsLegend: true, anchor: CellAddress(row: rowTop - 1, column: ChartPlacement.columnRight(of: blocks)))
        sheet = ReportSheet(name: name, blocks: blocks, charts: [chart])
    }
}
