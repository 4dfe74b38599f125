import Analysis

/// The Kruskal–Wallis sheet, laid out like the ToolPak's Anova: Single Factor: a summary row per group
/// (count, median, rank sum, mean rank), the test (H, df, P, χ² crit, ε²) and Dunn's comparisons with
/// Holm's adjustment, each figure a live formula over the data sheet's values and `RANK.AVG` ranks or the
/// cells above it, with our value cached. A scatter of each group's values against their ranks stands to
/// the right.
///
/// H is written as (N − 1)·Σ nᵢ(R̄ᵢ − R̄)²/DEVSQ(all ranks), which is the tie-corrected statistic itself;
/// Dunn's variance of a mean rank, N(N + 1)/12 − Σ(t³ − t)/(12(N − 1)), is VAR.S of all ranks.
public struct KruskalLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias R = Labels.RankTests

    /// Lays out `test` (and `dunn`, when given) for groups whose values sit in `values` on the data sheet,
    /// their ranks in `ranks`, all ranks in `allRanks`.
    init(language: Language, test: KruskalWallis, dunn: DunnTest?, values: [CellRange], ranks: [CellRange],
         allRanks: CellRange) {
        let summaryTop = TestSheet.headerRow, firstGroupRow = summaryTop + 1
        let lastGroupRow = firstGroupRow + test.groups.count - 1
        let cell = { (column: Int, row: Int) in CellAddress(row: row, column: column).a1() }
        let summary = ReportTable(columnHeaders: [R.groups, .observations, .median, .rankSum, .meanRank].map { $0.text(language) },
                                  rows: test.groups.enumerated().map { index, group in
            let row = firstGroupRow + index
            return ReportTable.Row(group.name, [
                TestSheet.figure(.call("COUNT", values[index].reference()), Double(group.count), format: .integer),
                TestSheet.figure(.call("MEDIAN", values[index].reference()), group.median),
                TestSheet.figure(.call("SUM", ranks[index].reference()), group.rankSum),
                TestSheet.figure(Formula("\(cell(3, row))/\(cell(1, row))"), group.meanRank),
            ])
        })
        let counts = "\(cell(1, firstGroupRow)):\(cell(1, lastGroupRow))"
        let meanRanks = "\(cell(4, firstGroupRow)):\(cell(4, lastGroupRow))"
        let total = "SUM(\(counts))"
        let testTop = lastGroupRow + 2
        let (h, df) = (cell(1, testTop), cell(1, testTop + 1))
        let alpha = FormulaNumber.text(test.alpha)
        let testTable = ReportTable(rows: [
            ReportTable.Row(R.h.text(language), [TestSheet.figure(
                Formula("(\(total)-1)*SUMPRODUCT(\(counts),(\(meanRanks)-(\(total)+1)/2)^2)/DEVSQ(\(allRanks.reference()))"), test.h)]),
            ReportTable.Row(R.df.text(language), [TestSheet.figure(Formula("COUNT(\(counts))-1"), Double(test.degreesOfFreedom),
                                                                  format: .integer)]),
            ReportTable.Row(R.pValue.text(language), [TestSheet.pValue(.call("CHISQ.DIST.RT", h, df), test.pValue, alpha: test.alpha)]),
            ReportTable.Row(R.chiSquareCritical.text(language), [TestSheet.figure(.call("CHISQ.INV.RT", alpha, df),
                                                                                  test.chiSquareCritical)]),
            ReportTable.Row(R.epsilonSquared.text(language), [TestSheet.figure(Formula("\(h)/(\(total)-1)"), test.epsilonSquared,
                                                                               format: .decimals(4))]),
        ])
        var blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(R.kruskalTitle.text(language))),
            ReportBlock(at: CellAddress(row: summaryTop, column: 0), .table(summary)),
            ReportBlock(at: CellAddress(row: testTop, column: 0), .table(testTable)),
        ]
        var nextRow = testTop + testTable.rows.count + 1
        if let dunn {
            blocks.append(DunnTable.block(language: language, dunn: dunn, groupNames: test.groups.map(\.name),
                                          cells: DunnTable.Cells(count: { cell(1, firstGroupRow + $0) },
                                                                 meanRank: { cell(4, firstGroupRow + $0) },
                                                                 allRanks: allRanks.reference()),
                                          top: nextRow))
            nextRow += 3 + dunn.comparisons.count
        }
        var notes = [R.ranksAreRankAvg.text(language)]
        if dunn != nil { notes.append(R.dunnFormulas.text(language)) }
        blocks.append(ReportBlock(at: CellAddress(row: nextRow, column: 0), .notes(notes)))
        let chart = RankTestCells.valuesByRank(names: test.groups.map(\.name), values: values, ranks: ranks,
                                               anchor: CellAddress(row: summaryTop, column: ChartPlacement.columnRight(of: blocks)),
                                               language)
        var sheet = ReportSheet(name: R.kruskalSheet.text(language), blocks: blocks, charts: [chart],
                                options: SheetOptions(frozenRows: summaryTop + 1))
        RankTestCells.notesBelowChart(&sheet, chartTop: summaryTop)
        self.sheet = sheet
    }
}
