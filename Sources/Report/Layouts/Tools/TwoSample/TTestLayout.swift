import Analysis

/// The sheet of the ToolPak's three t-test tools (toolpak.md §3.8): its rows in its order, each figure a
/// live formula over the data sheet or over the figures above it, with our value cached. The Welch test
/// adds two rows below the ToolPak's: the df not rounded and the p-value `T.TEST` gives with it.
public struct TTestLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias T = Labels.TTest

    private enum Row: Hashable {
        case tool(Labels.TTest)
        case extra(Labels.TestExtras)
    }

    /// Lays out `test`, whose two samples sit in `first` and `second` on the data sheet (for the paired
    /// test: the complete pairs only, so the worksheet functions see the same values).
    public init(language: Language, test: TTest, first: CellRange, second: CellRange) {
        let order = Self.order(test.kind)
        let grid = TestSheetGrid<Row>(order: order)
        let figures = Self.Figures(test: test, grid: grid, r1: first.reference(), r2: second.reference())
        let rows = order.map { row in
            let label: String
            switch row {
            case .tool(let statistic): label = statistic.text(language)
            case .extra(let extra): label = extra.text(language)
            }
            return ReportTable.Row(label, figures.cells(row))
        }
        var notes = [Labels.Notes.tTestOneTailMeaning.text(language)]
        if test.kind == .unequalVariances { notes.append(Labels.Notes.welchDegreesOfFreedomRounded.text(language)) }
        sheet = TestSheet.sheet(name: Labels.TestExtras.tTestSheet.text(language), title: Self.title(test.kind).text(language),
                                variableNames: (test.first.name, test.second.name), rows: rows, notes: notes)
    }

    private static func title(_ kind: TTest.Kind) -> Labels.TTest {
        switch kind {
        case .paired: .pairedTitle
        case .equalVariances: .equalVariancesTitle
        case .unequalVariances: .unequalVariancesTitle
        }
    }

    private static func order(_ kind: TTest.Kind) -> [Row] {
        let middle: [T]
        switch kind {
        case .paired: middle = [.pearsonCorrelation]
        case .equalVariances: middle = [.pooledVariance]
        case .unequalVariances: middle = []
        }
        let tool: [T] = [.mean, .variance, .observations] + middle
            + [.hypothesizedMeanDifference, .df, .tStat, .pOneTail, .tCriticalOneTail, .pTwoTail, .tCriticalTwoTail]
        let extras: [Labels.TestExtras] = kind == .unequalVariances ? [.exactWelchDF, .exactWelchPTwoTail] : []
        return tool.map(Row.tool) + extras.map(Row.extra)
    }

    /// The cells of each row: formulas written with the grid's cell references.
    private struct Figures {
        let test: TTest
        let grid: TestSheetGrid<Row>
        let r1: String
        let r2: String

        private func at(_ statistic: Labels.TTest, _ variable: Int = 0) -> String { grid.cell(.tool(statistic), variable: variable) }
        private var alpha: String { FormulaNumber.text(test.alpha) }

        func cells(_ row: Row) -> [ReportCell?] {
            switch row {
            case .tool(let statistic): toolCells(statistic)
            case .extra(let extra): extraCells(extra)
            }
        }

        private func pair(_ function: String, _ a: Double?, _ b: Double?, format: NumberFormat? = nil) -> [ReportCell?] {
            [TestSheet.figure(.call(function, r1), a, format: format), TestSheet.figure(.call(function, r2), b, format: format)]
        }

        private func toolCells(_ statistic: Labels.TTest) -> [ReportCell?] {
            let (mean1, mean2) = (at(.mean), at(.mean, 1))
            let (var1, var2) = (at(.variance), at(.variance, 1))
            let (n1, n2) = (at(.observations), at(.observations, 1))
            let t = at(.tStat), df = at(.df)
            switch statistic {
            case .mean: return pair("AVERAGE", test.first.mean, test.second.mean)
            case .variance: return pair("VAR.S", test.first.variance, test.second.variance)
            case .observations:
                return pair("COUNT", Double(test.first.count), Double(test.second.count), format: .integer)
            case .pearsonCorrelation:
                return [TestSheet.figure(.call("CORREL", r1, r2), test.pearsonCorrelation, format: .decimals(4))]
            case .pooledVariance:
                return [TestSheet.figure(Formula("((\(n1)-1)*\(var1)+(\(n2)-1)*\(var2))/(\(n1)+\(n2)-2)"), test.pooledVariance)]
            case .hypothesizedMeanDifference:
                return [.number(test.hypothesizedDifference, format: .decimals(NumberFormat.dataDecimals(of: [test.hypothesizedDifference])))]
            case .df:
                return [TestSheet.figure(dfFormula, test.degreesOfFreedom, format: .integer)]
            case .tStat:
                let delta = at(.hypothesizedMeanDifference)
                return [TestSheet.figure(Formula("(\(mean1)-\(mean2)-\(delta))/SQRT(\(standardErrorSquared))"), test.tStatistic)]
            case .pOneTail:
                return [TestSheet.pValue(Formula("T.DIST.RT(ABS(\(t)),\(df))"), test.pOneTail, alpha: test.alpha)]
            case .tCriticalOneTail:
                return [TestSheet.figure(Formula("T.INV(1-\(alpha),\(df))"), test.tCriticalOneTail)]
            case .pTwoTail:
                return [TestSheet.pValue(Formula("T.DIST.2T(ABS(\(t)),\(df))"), test.pTwoTail, alpha: test.alpha)]
            case .tCriticalTwoTail:
                return [TestSheet.figure(.call("T.INV.2T", alpha, df), test.tCriticalTwoTail)]
            case .pairedTitle, .equalVariancesTitle, .unequalVariancesTitle:
                return []
            }
        }

        private func extraCells(_ extra: Labels.TestExtras) -> [ReportCell?] {
            switch extra {
            case .exactWelchDF:
                return [TestSheet.figure(welchDegreesOfFreedom, test.exactDegreesOfFreedom)]
            case .exactWelchPTwoTail:
                // T.TEST has no hypothesised difference, so it reproduces the p-value only when Δ = 0.
                guard test.hypothesizedDifference == 0 else { return [test.exactPTwoTail.map { .number($0, format: .pValue) }] }
                return [TestSheet.pValue(.call("T.TEST", r1, r2, "2", "3"), test.exactPTwoTail, alpha: test.alpha)]
            default:
                return []
            }
        }

        private var dfFormula: Formula {
            let (n1, n2) = (at(.observations), at(.observations, 1))
            switch test.kind {
            case .paired: return Formula("\(n1)-1")
            case .equalVariances: return Formula("\(n1)+\(n2)-2")
            case .unequalVariances: return .call("ROUND", welchDegreesOfFreedom.text, "0")
            }
        }

        /// Welch–Satterthwaite: ν = (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)].
        private var welchDegreesOfFreedom: Formula {
            let w1 = "\(at(.variance))/\(at(.observations))", w2 = "\(at(.variance, 1))/\(at(.observations, 1))"
            return Formula("(\(w1)+\(w2))^2/((\(w1))^2/(\(at(.observations))-1)+(\(w2))^2/(\(at(.observations, 1))-1))")
        }

        /// The squared standard error of the difference. The paired one sums the squared deviations of
        /// the differences with SUMPRODUCT, which evaluates the range arithmetic without an array formula.
        private var standardErrorSquared: String {
            let (var1, var2) = (at(.variance), at(.variance, 1))
            let (n1, n2) = (at(.observations), at(.observations, 1))
            switch test.kind {
            case .paired:
                return "SUMPRODUCT((\(r1)-\(r2)-(\(at(.mean))-\(at(.mean, 1))))^2)/(\(n1)-1)/\(n1)"
            case .equalVariances:
                return "\(at(.pooledVariance))*(1/\(n1)+1/\(n2))"
            case .unequalVariances:
                return "\(var1)/\(n1)+\(var2)/\(n2)"
            }
        }
    }
}
