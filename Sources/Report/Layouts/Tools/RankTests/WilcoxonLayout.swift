import Analysis

/// The Wilcoxon signed-rank sheet, laid out like the ToolPak's paired t-test: a column per variable for
/// its pairs and median, then the test's figures, each a live formula over the data sheet's differences
/// and `RANK.AVG` ranks or over the cells above it, with our value cached. An exact p-value has no worksheet
/// function and is written as a value (the note says so). A column chart of each pair's difference stands
/// to the right.
public struct WilcoxonLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias R = Labels.RankTests
    private static let order: [R] = [.observations, .median, .medianDifference, .zeroDifferences, .rankedPairs,
                                     .positiveRankSum, .negativeRankSum, .t, .expectedRankSum, .rankSumStandardDeviation,
                                     .z, .pTwoTail, .method, .effectSizeR, .rankBiserial]

    /// Lays out `test`, whose pairs sit in `values` on the data sheet with their `differences` and the
    /// `ranks` of the non-zero |differences|; `sourceRows` labels the chart's bars.
    init(language: Language, test: WilcoxonSignedRank, values: [CellRange], differences: CellRange, ranks: CellRange,
         sourceRows: CellRange) {
        let grid = TestSheetGrid<R>(order: Self.order)
        let at = { (row: R) in grid.cell(row) }
        let (d, r) = (differences.reference(), ranks.reference())
        let (n, plus, minus, z) = (at(.rankedPairs), at(.positiveRankSum), at(.negativeRankSum), at(.z))
        let rows = Self.order.map { row -> ReportTable.Row in
            let cells: [ReportCell?]
            switch row {
            case .observations:
                cells = [TestSheet.figure(.call("COUNT", values[0].reference()), Double(test.first.count), format: .integer),
                         TestSheet.figure(.call("COUNT", values[1].reference()), Double(test.second.count), format: .integer)]
            case .median:
                cells = [TestSheet.figure(.call("MEDIAN", values[0].reference()), test.first.median),
                         TestSheet.figure(.call("MEDIAN", values[1].reference()), test.second.median)]
            case .medianDifference: cells = [TestSheet.figure(.call("MEDIAN", d), test.medianDifference)]
            case .zeroDifferences:
                cells = [TestSheet.figure(.call("COUNTIF", d, "0"), Double(test.zeroDifferences), format: .integer)]
            case .rankedPairs: cells = [TestSheet.figure(.call("COUNT", r), Double(test.rankedPairs), format: .integer)]
            case .positiveRankSum: cells = [TestSheet.figure(.call("SUMIF", d, "\">0\"", r), test.positiveRankSum)]
            case .negativeRankSum: cells = [TestSheet.figure(.call("SUMIF", d, "\"<0\"", r), test.negativeRankSum)]
            case .t: cells = [TestSheet.figure(.call("MIN", plus, minus), test.t)]
            case .expectedRankSum: cells = [TestSheet.figure(Formula("\(n)*(\(n)+1)/4"), test.expectedRankSum)]
            case .rankSumStandardDeviation:
                // Var(R+) = Σr²/4 over the ranks used: n(n + 1)(2n + 1)/24 less the tie term, written with SUMSQ.
                cells = [TestSheet.figure(Formula("SQRT(SUMSQ(\(r)))/2"), test.standardDeviation)]
            case .z:
                cells = [TestSheet.figure(Formula("(\(plus)-\(at(.expectedRankSum)))/\(at(.rankSumStandardDeviation))"), test.z)]
            case .pTwoTail: cells = [RankTestCells.pValue(test.pValue, method: test.method, z: z, alpha: test.alpha)]
            case .method: cells = [.text(RankTestCells.methodText(test.method, language))]
            case .effectSizeR: cells = [TestSheet.figure(Formula("\(z)/SQRT(\(n))"), test.effectSizeR, format: .decimals(4))]
            case .rankBiserial:
                cells = [TestSheet.figure(Formula("(\(plus)-\(minus))/(\(plus)+\(minus))"), test.rankBiserial, format: .decimals(4))]
            default: cells = []
            }
            return ReportTable.Row(row.text(language), cells)
        }
        var notes = [R.signedRanksOnDataSheet.text(language)]
        if test.method != .normal { notes.append(R.exactPValueIsValue.text(language)) }
        var sheet = TestSheet.sheet(name: R.wilcoxonSheet.text(language), title: R.wilcoxonTitle.text(language),
                                    variableNames: (test.first.name, test.second.name), rows: rows, notes: notes)
        let difference = Labels.difference(test.first.name, test.second.name, language)
        sheet.charts = [ChartSpec(kind: .column, title: R.differencesByPair.text(language),
                                  xAxisTitle: Labels.Common.sourceRow.text(language), yAxisTitle: difference,
                                  series: [.init(name: difference, categories: sourceRows, values: differences)],
                                  anchor: CellAddress(row: TestSheet.headerRow, column: ChartPlacement.columnRight(of: sheet.blocks)))]
        RankTestCells.notesBelowChart(&sheet, chartTop: TestSheet.headerRow)
        self.sheet = sheet
    }
}
