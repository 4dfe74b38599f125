import Analysis

/// The Mann–Whitney U sheet, laid out like the ToolPak's two-sample tests: a column per sample for its
/// count, median, rank sum, mean rank and U, then the test's figures, each a live formula over the data
/// sheet's values and `RANK.AVG` ranks or over the cells above it, with our value cached. The exact
/// p-value has no worksheet function and is written as a value (the note says so). A scatter of each
/// sample's values against their ranks stands to the right.
public struct MannWhitneyLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias R = Labels.RankTests
    private static let order: [R] = [.observations, .median, .rankSum, .meanRank, .u, .expectedU, .uStandardDeviation,
                                     .zContinuity, .pTwoTail, .method, .effectSizeR, .rankBiserial]

    /// Lays out `test`, whose samples sit in `values` on the data sheet with their ranks in `ranks`
    /// (one range per sample) and all ranks in `allRanks`.
    init(language: Language, test: MannWhitneyU, values: [CellRange], ranks: [CellRange], allRanks: CellRange) {
        let grid = TestSheetGrid<R>(order: Self.order)
        let at = { (row: R, variable: Int) in grid.cell(row, variable: variable) }
        let (n1, n2) = (at(.observations, 0), at(.observations, 1))
        let (u1, expected, z) = (at(.u, 0), at(.expectedU, 0), at(.zContinuity, 0))
        let pair = { (function: String, source: [CellRange], a: Double?, b: Double?, format: NumberFormat?) -> [ReportCell?] in
            [TestSheet.figure(.call(function, source[0].reference()), a, format: format),
             TestSheet.figure(.call(function, source[1].reference()), b, format: format)]
        }
        let rows = Self.order.map { row -> ReportTable.Row in
            let cells: [ReportCell?]
            switch row {
            case .observations:
                cells = pair("COUNT", values, Double(test.first.count), Double(test.second.count), .integer)
            case .median: cells = pair("MEDIAN", values, test.first.median, test.second.median, nil)
            case .rankSum: cells = pair("SUM", ranks, test.first.rankSum, test.second.rankSum, nil)
            case .meanRank:
                cells = [TestSheet.figure(Formula("\(at(.rankSum, 0))/\(n1)"), test.first.meanRank),
                         TestSheet.figure(Formula("\(at(.rankSum, 1))/\(n2)"), test.second.meanRank)]
            case .u:
                cells = [TestSheet.figure(Formula("\(at(.rankSum, 0))-\(n1)*(\(n1)+1)/2"), test.u1),
                         TestSheet.figure(Formula("\(at(.rankSum, 1))-\(n2)*(\(n2)+1)/2"), test.u2)]
            case .expectedU: cells = [TestSheet.figure(Formula("\(n1)*\(n2)/2"), test.expectedU)]
            case .uStandardDeviation:
                // Var(U) = n₁n₂/(N(N − 1))·Σ(r − r̄)² over all midranks: the tie-corrected variance, written with DEVSQ.
                cells = [TestSheet.figure(Formula("SQRT(\(n1)*\(n2)/((\(n1)+\(n2))*(\(n1)+\(n2)-1))*DEVSQ(\(allRanks.reference())))"),
                                          test.standardDeviation)]
            case .zContinuity:
                let deviation = "\(u1)-\(expected)"
                cells = [TestSheet.figure(Formula("SIGN(\(deviation))*MAX(0,ABS(\(deviation))-0.5)/\(at(.uStandardDeviation, 0))"),
                                          test.z)]
            case .pTwoTail:
                cells = [RankTestCells.pValue(test.pValue, method: test.method, z: z, alpha: test.alpha)]
            case .method: cells = [.text(RankTestCells.methodText(test.method, language))]
            case .effectSizeR: cells = [TestSheet.figure(Formula("\(z)/SQRT(\(n1)+\(n2))"), test.effectSizeR, format: .decimals(4))]
            case .rankBiserial:
                cells = [TestSheet.figure(Formula("(\(u1)-\(at(.u, 1)))/(\(n1)*\(n2))"), test.rankBiserial, format: .decimals(4))]
            default: cells = []
            }
            return ReportTable.Row(row.text(language), cells)
        }
        var notes = [R.ranksAreRankAvg.text(language)]
        if test.method != .normal { notes.append(R.exactPValueIsValue.text(language)) }
        var sheet = TestSheet.sheet(name: R.mannWhitneySheet.text(language), title: R.mannWhitneyTitle.text(language),
                                    variableNames: (test.first.name, test.second.name), rows: rows, notes: notes)
        sheet.charts = [RankTestCells.valuesByRank(names: [test.first.name, test.second.name], values: values, ranks: ranks,
                                                   anchor: CellAddress(row: TestSheet.headerRow,
                                                                       column: ChartPlacement.columnRight(of: sheet.blocks)),
                                                   language)]
        RankTestCells.notesBelowChart(&sheet, chartTop: TestSheet.headerRow)
        self.sheet = sheet
    }
}
