import Analysis

/// The sheet of the ToolPak's F-Test Two-Sample for Variances (toolpak.md §3.9), each figure a live
/// formula with our value cached; the one-tail p and critical value switch tails with f as the tool
/// does, and a row below adds the two-tail p of `F.TEST`.
public struct FTestLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private enum Row: Hashable {
        case tool(Labels.FTest)
        case twoTail
    }

    private static let order: [Row] = [Labels.FTest.mean, .variance, .observations, .df, .f, .pOneTail, .fCriticalOneTail]
        .map(Row.tool) + [.twoTail]

    /// Lays out `test`, whose samples sit in `first` and `second` on the data sheet.
    public init(language: Language, test: FTest, first: CellRange, second: CellRange) {
        let grid = TestSheetGrid<Row>(order: Self.order)
        let at = { (statistic: Labels.FTest, variable: Int) in grid.cell(.tool(statistic), variable: variable) }
        let (r1, r2) = (first.reference(), second.reference())
        let f = at(.f, 0), d1 = at(.df, 0), d2 = at(.df, 1)
        let alpha = FormulaNumber.text(test.alpha)
        let pair = { (function: String, a: Double?, b: Double?, format: NumberFormat?) -> [ReportCell?] in
            [TestSheet.figure(.call(function, r1), a, format: format), TestSheet.figure(.call(function, r2), b, format: format)]
        }
        let rows = Self.order.map { row -> ReportTable.Row in
            switch row {
            case .twoTail:
                return ReportTable.Row(Labels.TestExtras.fPTwoTail.text(language),
                                       [TestSheet.pValue(.call("F.TEST", r1, r2), test.pTwoTail, alpha: test.alpha)])
            case .tool(let statistic):
                let cells: [ReportCell?]
                switch statistic {
                case .mean: cells = pair("AVERAGE", test.first.mean, test.second.mean, nil)
                case .variance: cells = pair("VAR.S", test.first.variance, test.second.variance, nil)
                case .observations: cells = pair("COUNT", Double(test.first.count), Double(test.second.count), .integer)
                case .df:
                    cells = [TestSheet.figure(Formula("\(at(.observations, 0))-1"), test.numeratorDegreesOfFreedom, format: .integer),
                             TestSheet.figure(Formula("\(at(.observations, 1))-1"), test.denominatorDegreesOfFreedom, format: .integer)]
                case .f:
                    cells = [TestSheet.figure(Formula("\(at(.variance, 0))/\(at(.variance, 1))"), test.f)]
                case .pOneTail:
                    cells = [TestSheet.pValue(Formula("IF(\(f)<1,F.DIST(\(f),\(d1),\(d2),TRUE),F.DIST.RT(\(f),\(d1),\(d2)))"),
                                              test.pOneTail, alpha: test.alpha)]
                case .fCriticalOneTail:
                    // With f undefined (s₂² = 0) the tool's upper critical value stands alone, as Analysis computes it.
                    let formula = test.f == nil ? Formula("F.INV.RT(\(alpha),\(d1),\(d2))")
                        : Formula("IF(\(f)<1,F.INV(\(alpha),\(d1),\(d2)),F.INV.RT(\(alpha),\(d1),\(d2)))")
                    cells = [TestSheet.figure(formula, test.fCriticalOneTail)]
                case .title:
                    cells = []
                }
                return ReportTable.Row(statistic.text(language), cells)
            }
        }
        sheet = TestSheet.sheet(name: Labels.TestExtras.fTestSheet.text(language), title: Labels.FTest.title.text(language),
                                variableNames: (test.first.name, test.second.name), rows: rows,
                                notes: [Labels.Notes.fTestAlphaIsOneTail.text(language)])
    }
}
