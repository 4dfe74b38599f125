import Analysis

/// The sheet of the ToolPak's Anova: Two-Factor With Replication (toolpak.md §3.6): a SUMMARY block per
/// sample (row level) with a Total column, the Total block per column, then the ANOVA table with
/// Sample, Columns, Interaction and Within. Every figure is a live formula over the data sheet with our
/// value cached; Within is the sum of the cells' DEVSQ and Interaction the remainder of the total, as
/// the reference and `Analysis` compute them. Right of every table, the cell means and their interaction plot.
public struct ReplicatedAnovaLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias A = Labels.Anova

    /// Lays out `anova`, whose data sit on the data sheet as `columns` (one range per column level, the
    /// samples stacked in blocks of `replicates` rows in the order of `anova.rowNames`).
    /// `rowName`: the column that named the samples (`--row-labels`), which names the chart's axis; nil for 標本.
    public init(language: Language, anova: TwoWayANOVA, columns: [CellRange], replicates: Int, rowName: String? = nil) {
        let a = anova.rowNames.count, b = anova.columnNames.count
        let sheetName = columns.first?.sheet ?? ""
        let first = columns.first?.first ?? CellAddress(row: 1, column: 1)
        let block = CellRange(sheet: sheetName, first: first, last: columns.last?.last ?? first).reference()
        // The rows of sample i and columns j…k, as a data-sheet reference.
        let cellRange = { (i: Int, j: Int, k: Int) in
            CellRange(sheet: sheetName, first: first.offset(rows: i * replicates, columns: j),
                      last: first.offset(rows: i * replicates + replicates - 1, columns: k)).reference()
        }
        let summaryRows = { (summary: SampleSummary, range: String) -> [ReportCell] in
            [TestSheet.figure(.call("COUNT", range), Double(summary.count), format: .integer),
             TestSheet.figure(.call("SUM", range), summary.sum),
             TestSheet.figure(.call("AVERAGE", range), summary.mean),
             TestSheet.figure(.call("VAR.S", range), summary.variance)]
        }
        // Each summary is one column of four figures; the table reads them row by row.
        let figureRows = { (label: String, blocks: [[ReportCell]]) -> [ReportTable.Row] in
            [ReportTable.Row(label, [])] + [A.count, .sum, .average, .variance].enumerated().map { index, name in
                ReportTable.Row(name.text(language), blocks.map { $0[index] })
            } + [ReportTable.Row("", [])]
        }
        let samples = (0..<a).flatMap { i in
            figureRows(anova.rowNames[i], (0..<b).map { j in summaryRows(anova.cells[i][j], cellRange(i, j, j)) }
                + [summaryRows(anova.rowTotals[i], cellRange(i, 0, b - 1))])
        }
        let totals = figureRows(A.total.text(language), (0..<b).map { j in
            summaryRows(anova.columnTotals[j], j < columns.count ? columns[j].reference() : "")
        })
        let tableTop = 2, sampleTop = tableTop + 1, totalTop = sampleTop + 6 * a
        let at = { (row: Int, column: Int) in CellAddress(row: row, column: column).a1() }
        let grandMean = "AVERAGE(\(block))"
        let ssSamples = (0..<a).map { i in
            "\(at(sampleTop + 6 * i + 1, b + 1))*(\(at(sampleTop + 6 * i + 3, b + 1))-\(grandMean))^2"
        }.joined(separator: "+")
        let ssColumns = "SUMPRODUCT(\(at(totalTop + 1, 1)):\(at(totalTop + 1, b)),(\(at(totalTop + 3, 1)):\(at(totalTop + 3, b))-\(grandMean))^2)"
        let ssWithin = (0..<a).flatMap { i in (0..<b).map { j in "DEVSQ(\(cellRange(i, j, j)))" } }.joined(separator: "+")
        let anovaTop = totalTop + 6
        let sampleRow = anovaTop + 2, columnsRow = sampleRow + 1, interactionRow = columnsRow + 1
        let withinRow = interactionRow + 1, totalRow = withinRow + 2
        let ss = { (row: Int) in at(row, 1) }
        let tested = { (label: A, formula: String, source: ANOVASource, row: Int) in
            AnovaTable.tested(label.text(language), ss: Formula(formula), df: AnovaTable.constant(source.degreesOfFreedom),
                              source: source, row: row, errorRow: withinRow, alpha: anova.alpha)
        }
        let rows = [
            tested(.sample, ssSamples, anova.rows, sampleRow),
            tested(.columns, ssColumns, anova.columns, columnsRow),
            tested(.interaction, "\(ss(totalRow))-\(ss(sampleRow))-\(ss(columnsRow))-\(ss(withinRow))", anova.interaction,
                   interactionRow),
            AnovaTable.error(A.withinReplicates.text(language), ss: Formula(ssWithin),
                             df: AnovaTable.constant(anova.within.degreesOfFreedom), source: anova.within, row: withinRow),
        ] + AnovaTable.total(language, ss: .call("DEVSQ", block), df: Formula("COUNT(\(block))-1"), source: anova.total)
        let headers = [A.summary.text(language)] + anova.columnNames + [A.total.text(language)]
        let name = Labels.AnovaExtras.twoFactorSheet.text(language)
        let blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(A.twoFactorWithReplicationTitle.text(language))),
            ReportBlock(at: CellAddress(row: tableTop, column: 0),
                        .table(ReportTable(columnHeaders: headers, rows: samples + totals.dropLast()))),
            ReportBlock(at: CellAddress(row: anovaTop, column: 0), .cells([PositionedCell(CellAddress(row: 0, column: 0),
                                                                                         .text(A.anova.text(language)))])),
            ReportBlock(at: CellAddress(row: anovaTop + 1, column: 0), .table(ReportTable(columnHeaders: AnovaTable.headers(language),
                                                                                          rows: rows))),
        ]
        // Sample i's Average row is the fourth of its block; column level j is column 1 + j.
        let means = CellMeansChart(language: language, kind: .line, title: Labels.Charts.interactionPlot.text(language),
                                   axisTitles: (rowName ?? A.sample.text(language), A.average.text(language)),
                                   rowLevels: anova.rowNames, columnLevels: anova.columnNames, sheet: name,
                                   origin: CellAddress(row: tableTop, column: ChartPlacement.columnRight(of: blocks))) { i, j in
            (CellAddress(row: sampleTop + 6 * i + 3, column: 1 + j), anova.cells[i][j].mean)
        }
        sheet = ReportSheet(name: name, blocks: blocks + [means.block], charts: [means.chart])
    }
}
