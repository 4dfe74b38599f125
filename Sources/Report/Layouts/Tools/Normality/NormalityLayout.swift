import Analysis

/// The sheets of `bunseki normality`: the summary (a column per variable with its count, Shapiro–Wilk W and
/// p, skewness and excess kurtosis with their standard errors), and the Q–Q plots (per variable a table of
/// theoretical quantiles against the sorted values, and its chart). `SKEW`, `KURT`, the standard errors and
/// the Q–Q tables (`NORM.S.INV`, `SMALL`) are live formulas over the data sheet with our values cached; W and
/// p have no worksheet function and are values (the note says so).
public struct NormalityLayout: Sendable {
    /// The summary sheet.
    public let summary: ReportSheet
    /// The Q–Q sheet: a table and a chart per variable of at most 5000 values (a longer table would make a
    /// spreadsheet sort the column again for every one of its `SMALL` cells).
    public let quantiles: ReportSheet

    private typealias N = Labels.Normality
    private static let order: [N] = [.observations, .shapiroWilkW, .shapiroWilkP, .skewness, .skewnessStandardError,
                                     .kurtosis, .kurtosisStandardError]
    /// The summary table's header row; figures start below it.
    private static let tableTop = TestSheet.headerRow

    /// Lays out `checks`, one per variable, whose values sit in `ranges` on the data sheet (same order).
    init(language: Language, checks: [NormalityCheck], ranges: [CellRange], values: [[Double]]) {
        let row = { (statistic: N) in Self.tableTop + 1 + (Self.order.firstIndex(of: statistic) ?? 0) }
        let cell = { (statistic: N, variable: Int) in CellAddress(row: row(statistic), column: 1 + variable).a1() }
        let alpha = ReadingLayout.significanceLevel
        let rows = Self.order.map { statistic in
            ReportTable.Row(statistic.text(language), checks.enumerated().map { index, check -> ReportCell? in
                let r = ranges[index].reference()
                let n = cell(.observations, index)
                switch statistic {
                case .observations: return TestSheet.figure(.call("COUNT", r), Double(check.count), format: .integer)
                case .shapiroWilkW:
                    return check.shapiroWilk.map { .number($0.w, format: .decimals(4)) } ?? Self.notAvailable
                case .shapiroWilkP:
                    return check.shapiroWilk.map {
                        .number($0.pValue, format: .pValue, style: $0.pValue < alpha ? CellStyle(role: .emphasis) : .body)
                    } ?? Self.notAvailable
                case .skewness: return TestSheet.figure(.call("SKEW", r), check.skewness)
                case .skewnessStandardError:
                    return TestSheet.figure(Formula("SQRT(6*\(n)*(\(n)-1)/((\(n)-2)*(\(n)+1)*(\(n)+3)))"), check.skewnessStandardError)
                case .kurtosis: return TestSheet.figure(.call("KURT", r), check.kurtosis)
                case .kurtosisStandardError:
                    return TestSheet.figure(Formula("2*\(cell(.skewnessStandardError, index))*SQRT((\(n)^2-1)/((\(n)-3)*(\(n)+5)))"),
                                            check.kurtosisStandardError)
                default: return nil
                }
            })
        }
        let name = N.sheet.text(language)
        summary = ReportSheet(name: name, blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(N.title.text(language))),
            ReportBlock(at: CellAddress(row: Self.tableTop, column: 0), .table(ReportTable(columnHeaders: [""] + checks.map(\.name), rows: rows))),
            ReportBlock(at: CellAddress(row: Self.tableTop + 2 + rows.count, column: 0),
                        .notes([N.shapiroWilkIsValue.text(language), N.qqPositions.text(language)])),
        ], options: SheetOptions(frozenRows: Self.tableTop + 1))
        quantiles = Self.quantileSheet(language: language, checks: checks, ranges: ranges, values: values,
                                       counts: checks.indices.map {
                                           SheetName.quotedForFormula(name) + "!" + CellAddress(row: row(.observations), column: 1 + $0).a1(absolute: true)
                                       })
    }

    /// Per variable, side by side: i, NORM.S.INV((i − 0.375)/(n + 0.25)) and SMALL(range, i); the charts in a grid to the right.
    private static func quantileSheet(language: Language, checks: [NormalityCheck], ranges: [CellRange], values: [[Double]],
                                      counts: [String]) -> ReportSheet {
        let name = N.qqSheet.text(language)
        let top = 0
        var blocks: [ReportBlock] = []
        var charts: [ChartSpec] = []
        for (index, check) in checks.enumerated() where check.count <= ShapiroWilk.maximumCount {
            let left = 4 * blocks.count
            let sorted = values[index].sorted()
            let n = Double(sorted.count)
            let rows = sorted.enumerated().map { offset, value -> ReportTable.Row in
                let i = CellAddress(row: top + 2 + offset, column: left).a1()
                return ReportTable.Row(labelCell: .number(Double(offset + 1), format: .integer), [
                    TestSheet.figure(.call("NORM.S.INV", "(\(i)-0.375)/(\(counts[index])+0.25)"),
                                     Normal.standard.quantile((Double(offset + 1) - 0.375) / (n + 0.25))),
                    OrderStatistics.cell(TestSheet.figure(.call("SMALL", ranges[index].reference(), i), value), rows: sorted.count),
                ])
            }
            blocks.append(ReportBlock(at: CellAddress(row: top, column: left), .table(ReportTable(
                heading: Labels.qqPlot(check.name, language),
                columnHeaders: [N.order, .theoreticalQuantile, .observed].map { $0.text(language) }, rows: rows))))
            let points = (top + 2)..<(top + 2 + sorted.count)
            let quantiles = sorted.indices.map { Normal.standard.quantile((Double($0 + 1) - 0.375) / (n + 0.25)) }
            let label = TrendlineLabel.text(x: quantiles, y: sorted, order: 1)
            charts.append(ChartSpec(kind: .scatter, title: Labels.qqPlot(check.name, language),
                                    xAxisTitle: N.theoreticalQuantile.text(language), yAxisTitle: check.name,
                                    series: [.init(name: check.name, categories: .column(left + 1, rows: points, on: name),
                                                   values: .column(left + 2, rows: points, on: name), showsLinearTrendline: true,
                                                   trendlineLabel: label)],
                                    showsLegend: label != nil, anchor: CellAddress(row: 0, column: 0)))
        }
        let origin = CellAddress(row: top, column: ChartPlacement.columnRight(of: blocks))
        return ReportSheet(name: name, blocks: blocks, charts: ChartPlacement.grid(charts, from: origin),
                           options: SheetOptions(frozenRows: top + 2))
    }

    /// W or p outside Shapiro–Wilk's range (over 5000 values, or all values equal): `#N/A`, as a spreadsheet shows a
    /// figure that does not apply.
    private static let notAvailable = ReportCell(.value(.error(.notAvailable)))
}
