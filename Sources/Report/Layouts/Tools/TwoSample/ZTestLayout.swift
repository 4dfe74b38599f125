import Analysis

/// The sheet of the ToolPak's z-Test: Two Sample for Means (toolpak.md §3.10). The known variances and Δ
/// are the user's inputs, written as numbers; every other figure is a live formula with our value
/// cached. Tails are computed as `NORM.S.DIST(-|z|)` rather than the reference's `1-NORM.S.DIST(|z|)`,
/// which loses all digits of a small p-value to cancellation.
public struct ZTestLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias Z = Labels.ZTest
    private static let order: [Z] = [.mean, .knownVariance, .observations, .hypothesizedMeanDifference, .z,
                                     .pOneTail, .zCriticalOneTail, .pTwoTail, .zCriticalTwoTail]

    /// Lays out `test`, whose samples sit in `first` and `second` on the data sheet.
    public init(language: Language, test: ZTest, first: CellRange, second: CellRange) {
        let grid = TestSheetGrid<Z>(order: Self.order)
        let (r1, r2) = (first.reference(), second.reference())
        let z = grid.cell(.z)
        let alpha = FormulaNumber.text(test.alpha)
        let (mean1, mean2) = (grid.cell(.mean), grid.cell(.mean, variable: 1))
        let (var1, var2) = (grid.cell(.knownVariance), grid.cell(.knownVariance, variable: 1))
        let (n1, n2) = (grid.cell(.observations), grid.cell(.observations, variable: 1))
        let rows = Self.order.map { statistic -> ReportTable.Row in
            let cells: [ReportCell?]
            switch statistic {
            case .mean:
                cells = [TestSheet.figure(.call("AVERAGE", r1), test.first.mean), TestSheet.figure(.call("AVERAGE", r2), test.second.mean)]
            case .knownVariance:
                cells = test.knownVariances.map { ReportCell.number($0, format: .significant($0)) }
            case .observations:
                cells = [TestSheet.figure(.call("COUNT", r1), Double(test.first.count), format: .integer),
                         TestSheet.figure(.call("COUNT", r2), Double(test.second.count), format: .integer)]
            case .hypothesizedMeanDifference:
                cells = [.number(test.hypothesizedDifference, format: .decimals(NumberFormat.dataDecimals(of: [test.hypothesizedDifference])))]
            case .z:
                let delta = grid.cell(.hypothesizedMeanDifference)
                cells = [TestSheet.figure(Formula("(\(mean1)-\(mean2)-\(delta))/SQRT(\(var1)/\(n1)+\(var2)/\(n2))"), test.z)]
            case .pOneTail:
                cells = [TestSheet.pValue(Formula("NORM.S.DIST(-ABS(\(z)),TRUE)"), test.pOneTail, alpha: test.alpha)]
            case .zCriticalOneTail:
                cells = [TestSheet.figure(Formula("-NORM.S.INV(\(alpha))"), test.zCriticalOneTail)]
            case .pTwoTail:
                cells = [TestSheet.pValue(Formula("2*NORM.S.DIST(-ABS(\(z)),TRUE)"), test.pTwoTail, alpha: test.alpha)]
            case .zCriticalTwoTail:
                cells = [TestSheet.figure(Formula("-NORM.S.INV(\(alpha)/2)"), test.zCriticalTwoTail)]
            case .title:
                cells = []
            }
            return ReportTable.Row(statistic.text(language), cells)
        }
        sheet = TestSheet.sheet(name: Labels.TestExtras.zTestSheet.text(language), title: Z.title.text(language),
                                variableNames: (test.first.name, test.second.name), rows: rows, notes: [])
    }
}
