import Analysis

/// The sheet of the two-factor ANOVA of long-format data, laid out like the ToolPak's Anova: Two-Factor With
/// Replication (toolpak.md §3.6): a SUMMARY block per level of the first factor (Count, Average, Standard
/// Deviation per level of the second, and a Total column), the Total block, then the ANOVA table with rows
/// named after the factors. Cell figures are live `COUNTIFS`/`AVERAGEIFS`/`SUMPRODUCT` formulas selecting the
/// data-sheet rows by their labels (the level names in the block's label cell and the header row). The effects'
/// and Within's SS are our values, since no worksheet function fits a linear model; MS, F, P-value and F crit are
/// formulas over them, and the Total SS is `DEVSQ`. Right of every table, the cell means and their interaction plot.
public struct LeastSquaresAnovaLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias A = Labels.Anova

    /// Lays out `anova`, whose rows sit on the data sheet with their values in `values` and their labels in
    /// `firstLabels` and `secondLabels` (exactly the rows the analysis used).
    public init(language: Language, anova: LeastSquaresTwoWayANOVA, values: CellRange, firstLabels: CellRange,
                secondLabels: CellRange) {
        let table = anova.table
        let (a, b) = (table.firstLevels.count, table.secondLevels.count)
        let tableTop = 2, firstBlock = tableTop + 1, blockHeight = 5
        let at = { (row: Int, column: Int) in CellAddress(row: row, column: column).a1() }
        let (v, ra, rb) = (values.reference(), firstLabels.reference(), secondLabels.reference())
        // Level i of the first factor is the label cell of its block, level j of the second the header cell.
        let firstLevel = { (i: Int) in (range: ra, cell: at(firstBlock + blockHeight * i, 0)) }
        let secondLevel = { (j: Int) in (range: rb, cell: at(tableTop, 1 + j)) }
        // One column of Count, Average and SD for the rows matching `criteria`, placed at sheet `row`, `column`
        // for its Count (Average and SD below it).
        let figures = { (summary: CellSummary, criteria: [(range: String, cell: String)], row: Int, column: Int) -> [ReportCell] in
            let (count, mean) = (at(row, column), at(row + 1, column))
            let pairs = criteria.map { "\($0.range),\($0.cell)" }.joined(separator: ",")
            let selected = criteria.map { "(\($0.range)=\($0.cell))*" }.joined()
            return criteria.isEmpty
                ? [TestSheet.figure(.call("COUNT", v), Double(summary.count), format: .integer),
                   TestSheet.figure(.call("AVERAGE", v), summary.mean),
                   TestSheet.figure(.call("STDEV.S", v), summary.standardDeviation)]
                : [TestSheet.figure(Formula("COUNTIFS(\(pairs))"), Double(summary.count), format: .integer),
                   TestSheet.figure(Formula("AVERAGEIFS(\(v),\(pairs))"), summary.mean),
                   // An empty combination (possible without the interaction) has no deviations to sum, and
                   // LibreOffice's SUMPRODUCT does not pass on its average's #DIV/0!, so it holds the error itself.
                   summary.count == 0
                       ? ReportCell(.value(.error(.divisionByZero)))
                       : TestSheet.figure(Formula("SQRT(SUMPRODUCT(\(selected)(\(v)-\(mean))^2)/(\(count)-1))"),
                                          summary.standardDeviation)]
        }
        let block = { (label: String, columns: [[ReportCell]]) -> [ReportTable.Row] in
            [ReportTable.Row(label, [])] + [A.count.text(language), A.average.text(language),
                                            Labels.LeastSquaresAnova.standardDeviation.text(language)].enumerated().map {
                index, name in ReportTable.Row(name, columns.map { $0[index] })
            } + [ReportTable.Row("", [])]
        }
        let levelBlocks = (0..<a).flatMap { i in
            let top = firstBlock + blockHeight * i
            return block(table.firstLevels[i], (0..<b).map { j in
                figures(table.cells[i][j], [firstLevel(i), secondLevel(j)], top + 1, 1 + j)
            } + [figures(table.firstMargins[i], [firstLevel(i)], top + 1, 1 + b)])
        }
        let totalTop = firstBlock + blockHeight * a
        let totals = block(A.total.text(language), (0..<b).map { j in
            figures(table.secondMargins[j], [secondLevel(j)], totalTop + 1, 1 + j)
        } + [figures(table.overall, [], totalTop + 1, 1 + b)])

        let anovaTop = totalTop + blockHeight
        let firstRow = anovaTop + 2
        let withinRow = firstRow + (anova.interaction == nil ? 2 : 3)
        let tested = { (label: String, source: ANOVASource, row: Int) in
            AnovaTable.tested(label, ss: nil, df: AnovaTable.constant(source.degreesOfFreedom), source: source, row: row,
                              errorRow: withinRow, alpha: anova.alpha)
        }
        let interactionRows = anova.interaction.map { source in
            [tested("\(A.interaction.text(language)) (\(source.name))", source, firstRow + 2)]
        } ?? []
        let withinLabel = (anova.interaction == nil ? A.error : A.withinReplicates).text(language)
        let rows = [tested(anova.first.name, anova.first, firstRow), tested(anova.second.name, anova.second, firstRow + 1)]
            + interactionRows
            + [AnovaTable.error(withinLabel, ss: nil, df: AnovaTable.constant(anova.within.degreesOfFreedom),
                                source: anova.within, row: withinRow)]
            + AnovaTable.total(language, ss: .call("DEVSQ", v), df: Formula("COUNT(\(v))-1"), source: anova.total)
        let heading = (anova.sumsOfSquares == .typeII ? Labels.LeastSquaresAnova.anovaTypeII : .anovaTypeIII).text(language)
        let note = LeastSquaresAnovaReading.sumsOfSquaresNote(anova, language)
        let name = Labels.AnovaExtras.twoFactorSheet.text(language)
        let blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0),
                        .title("\(Labels.LeastSquaresAnova.title.text(language)): \(anova.valueName)")),
            ReportBlock(at: CellAddress(row: tableTop, column: 0),
                        .table(ReportTable(columnHeaders: [A.summary.text(language)] + table.secondLevels + [A.total.text(language)],
                                           rows: levelBlocks + totals.dropLast()))),
            ReportBlock(at: CellAddress(row: anovaTop, column: 0), .cells([PositionedCell(CellAddress(row: 0, column: 0),
                                                                                         .text(heading))])),
            ReportBlock(at: CellAddress(row: anovaTop + 1, column: 0),
                        .table(ReportTable(columnHeaders: AnovaTable.headers(language), rows: rows))),
            ReportBlock(at: CellAddress(row: anovaTop + 2 + rows.count + 1, column: 0), .notes([note])),
        ]
        // Level i's Average row is the second of its block; level j of the second factor is column 1 + j.
        let means = CellMeansChart(language: language, kind: .line, title: Labels.Charts.interactionPlot.text(language),
                                   axisTitles: (anova.first.name, anova.valueName),
                                   rowLevels: table.firstLevels, columnLevels: table.secondLevels, sheet: name,
                                   origin: CellAddress(row: tableTop, column: ChartPlacement.columnRight(of: blocks))) { i, j in
            table.cells[i][j].mean.map { (CellAddress(row: firstBlock + blockHeight * i + 2, column: 1 + j), $0) }
        }
        sheet = ReportSheet(name: name, blocks: blocks + [means.block], charts: [means.chart])
    }
}
