import Analysis

/// The sheet of the ToolPak's Anova: Single Factor (toolpak.md §3.5): the SUMMARY block, then the ANOVA
/// table in its column order (SS, df, MS), each figure a live formula over the data sheet or the cells
/// above it, with our value cached; η² and ω² follow as our additions.
///
/// The between-groups SS is written as Σ nᵢ(x̄ᵢ − x̄)² over the summary cells rather than the
/// reference's DEVSQ(all) − ΣDEVSQ(groupᵢ), which cancels digits when the groups differ little.
public struct OneWayAnovaLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    private typealias A = Labels.Anova

    /// Lays out `anova`, whose groups sit in `ranges` on the data sheet (one per group, in its order),
    /// with the tests of equal variances (no worksheet function exists, so plain numbers) after the
    /// effect sizes and the Tukey–Kramer comparisons below when given; a column chart of the SUMMARY's
    /// averages stands right of every table.
    ///
    /// `names`: with groups given as one row per observation, the value column's and the group column's names, which
    /// title the chart and name its axis; nil for groups given as columns.
    public init(language: Language, anova: OneWayANOVA, ranges: [CellRange], tukey: TukeyKramer? = nil,
                equalVariances: [LeveneTest] = [], names: (value: String, group: String)? = nil) {
        let groupCount = anova.groups.count
        let all = ranges.map { $0.reference() }.joined(separator: ",")
        let summaryTop = 3, firstGroupRow = summaryTop + 1
        let lastGroupRow = firstGroupRow + groupCount - 1
        let column = { (index: Int, row: Int) in CellAddress(row: row, column: index).a1() }
        let summaryRows = anova.groups.enumerated().map { index, group in
            let r = index < ranges.count ? ranges[index].reference() : ""
            return ReportTable.Row(group.name, [
                TestSheet.figure(.call("COUNT", r), Double(group.count), format: .integer),
                TestSheet.figure(.call("SUM", r), group.sum),
                TestSheet.figure(.call("AVERAGE", r), group.mean),
                TestSheet.figure(.call("VAR.S", r), group.variance),
            ])
        }
        let summary = ReportTable(columnHeaders: [A.groups, .count, .sum, .average, .variance].map { $0.text(language) },
                                  rows: summaryRows)

        let anovaTop = lastGroupRow + 3
        let between = anovaTop + 2, within = between + 1, total = within + 2
        let counts = "\(column(1, firstGroupRow)):\(column(1, lastGroupRow))"
        let averages = "\(column(3, firstGroupRow)):\(column(3, lastGroupRow))"
        let (ssB, dfB) = (column(1, between), column(2, between))
        let msW = column(3, within)
        let ssT = column(1, total)
        let rows: [ReportTable.Row] = [
            AnovaTable.tested(A.betweenGroups.text(language),
                              ss: Formula("SUMPRODUCT(\(counts),(\(averages)-AVERAGE(\(all)))^2)"),
                              df: AnovaTable.constant(anova.between.degreesOfFreedom), source: anova.between,
                              row: between, errorRow: within, alpha: anova.alpha),
            AnovaTable.error(A.withinGroups.text(language),
                             ss: Formula(ranges.map { "DEVSQ(\($0.reference()))" }.joined(separator: "+")),
                             df: TestSheet.figure(Formula("COUNT(\(all))-\(groupCount)"), Double(anova.within.degreesOfFreedom),
                                                  format: .integer),
                             source: anova.within, row: within),
        ] + AnovaTable.total(language, ss: .call("DEVSQ", all), df: Formula("COUNT(\(all))-1"), source: anova.total)
        let table = ReportTable(columnHeaders: AnovaTable.headers(language), rows: rows)
        let varianceRows = equalVariances.flatMap { test -> [ReportTable.Row] in
            let (fLabel, pLabel): (Labels.AnovaExtras, Labels.AnovaExtras) = test.center == .mean ? (.leveneF, .leveneP)
                                                                                             : (.brownForsytheF, .brownForsytheP)
            return [ReportTable.Row(fLabel.text(language), [test.f.map { .number($0, format: .significant($0)) }]),
                    ReportTable.Row(pLabel.text(language), [test.pValue.map { .number($0, format: .pValue) }])]
        }
        let effects = ReportTable(rows: [
            ReportTable.Row(Labels.AnovaExtras.etaSquared.text(language),
                            [TestSheet.figure(Formula("\(ssB)/\(ssT)"), anova.etaSquared, format: .decimals(4))]),
            ReportTable.Row(Labels.AnovaExtras.omegaSquared.text(language),
                            [TestSheet.figure(Formula("(\(ssB)-\(dfB)*\(msW))/(\(ssT)+\(msW))"), anova.omegaSquared, format: .decimals(4))]),
        ] + varianceRows)
        let comparisons = tukey.map { tukey in
            TukeyTable.blocks(language: language, tukey: tukey, groupNames: anova.groups.map(\.name),
                              cells: TukeyTable.Cells(count: { column(1, firstGroupRow + $0) }, average: { column(3, firstGroupRow + $0) },
                                                      meanSquareWithin: CellAddress(row: within, column: 3).a1(absolute: true)),
                              top: total + 3 + effects.rows.count)
        } ?? []
        let name = Labels.AnovaExtras.singleFactorSheet.text(language)
        let blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(A.singleFactorTitle.text(language))),
            ReportBlock(at: CellAddress(row: summaryTop - 1, column: 0), .cells([PositionedCell(CellAddress(row: 0, column: 0),
                                                                                               .text(A.summary.text(language)))])),
            ReportBlock(at: CellAddress(row: summaryTop, column: 0), .table(summary)),
            ReportBlock(at: CellAddress(row: anovaTop, column: 0), .cells([PositionedCell(CellAddress(row: 0, column: 0),
                                                                                         .text(A.anova.text(language)))])),
            ReportBlock(at: CellAddress(row: anovaTop + 1, column: 0), .table(table)),
            ReportBlock(at: CellAddress(row: total + 2, column: 0), .table(effects)),
        ] + comparisons
        let groupRows = firstGroupRow..<(lastGroupRow + 1)
        let chart = ChartSpec(kind: .column,
                              title: names.map { Labels.means(of: $0.value, by: $0.group, language) } ?? Labels.Charts.groupMeans.text(language),
                              xAxisTitle: names?.group ?? A.groups.text(language), yAxisTitle: A.average.text(language),
                              series: [.init(name: A.average.text(language), categories: .column(0, rows: groupRows, on: name),
                                             values: .column(3, rows: groupRows, on: name))],
                              yAxisMinimum: ChartSpec.barBaseline(anova.groups.map(\.mean)),
                              anchor: CellAddress(row: summaryTop - 1, column: ChartPlacement.columnRight(of: blocks)))
        sheet = ReportSheet(name: name, blocks: blocks, charts: [chart])
    }
}
