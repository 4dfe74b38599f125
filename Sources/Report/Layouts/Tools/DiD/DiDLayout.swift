import Foundation
import Analysis

/// The DiD sheet of `bunseki did` (see `DiDWorkbook`).
struct DiDLayout {
    struct Ranges {
        /// Absolute references on the data sheet: values, the 処置 and 事後 indicators, the three
        /// indicator columns as one block (LINEST's x), the period labels.
        var value, treated, after, design, period: String
    }

    let sheet: ReportSheet

    /// `periodName`: the period column's name, which names the chart's time axis (期間 without it).
    init(language: Language, result: DifferenceInDifferences, alpha: Double, ranges r: Ranges, treatedLevel: String,
         periodName: String? = nil) {
        typealias L = Labels.DiD
        let name = L.sheet.text(language)
        let a1 = { (row: Int, column: Int) in CellAddress(row: row, column: column).a1() }
        let level = result.confidenceLevel
        let percent = String(format: "%g", level * 100)
        var blocks = [ReportBlock(at: CellAddress(row: 0, column: 0), .title("\(L.title.text(language)): \(result.valueName)"))]

        // 2×2 table of means: header row 2, treated row 3, comparison row 4, difference row 5.
        func mean(_ t: Int, _ a: Int, _ cell: DifferenceInDifferences.Cell) -> ReportCell {
            TestSheet.figure(Formula("AVERAGEIFS(\(r.value),\(r.treated),\(t),\(r.after),\(a))"), cell.mean)
        }
        let tChange = result.treatedAfter.mean - result.treatedBefore.mean
        let cChange = result.comparisonAfter.mean - result.comparisonBefore.mean
        let means = ReportTable(columnHeaders: [L.meansTable.text(language), L.before.text(language), L.after.text(language), L.change.text(language)], rows: [
            ReportTable.Row("\(L.treated.text(language)) (\(treatedLevel))", [
                mean(1, 0, result.treatedBefore), mean(1, 1, result.treatedAfter),
                TestSheet.figure(Formula("\(a1(3, 2))-\(a1(3, 1))"), tChange)]),
            ReportTable.Row(L.comparison.text(language), [
                mean(0, 0, result.comparisonBefore), mean(0, 1, result.comparisonAfter),
                TestSheet.figure(Formula("\(a1(4, 2))-\(a1(4, 1))"), cChange)]),
            ReportTable.Row(L.difference.text(language), [
                TestSheet.figure(Formula("\(a1(3, 1))-\(a1(4, 1))"), result.treatedBefore.mean - result.comparisonBefore.mean),
                TestSheet.figure(Formula("\(a1(3, 2))-\(a1(4, 2))"), result.treatedAfter.mean - result.comparisonAfter.mean),
                ReportCell(.formula(Formula("\(a1(3, 3))-\(a1(4, 3))"), cached: .number(result.estimate)),
                           format: .significant(result.estimate), style: CellStyle(role: .emphasis))]),
        ])
        blocks.append(ReportBlock(at: CellAddress(row: 2, column: 0), .table(means)))
        func count(_ t: Int, _ a: Int, _ cell: DifferenceInDifferences.Cell) -> ReportCell {
            .formula(Formula("COUNTIFS(\(r.treated),\(t),\(r.after),\(a),\(r.value),\"<>\")"), cached: Double(cell.count), format: .integer)
        }
        let counts = ReportTable(columnHeaders: [L.counts.text(language), L.before.text(language), L.after.text(language)], rows: [
            ReportTable.Row("\(L.treated.text(language)) (\(treatedLevel))", [count(1, 0, result.treatedBefore), count(1, 1, result.treatedAfter)]),
            ReportTable.Row(L.comparison.text(language), [count(0, 0, result.comparisonBefore), count(0, 1, result.comparisonAfter)]),
        ])
        blocks.append(ReportBlock(at: CellAddress(row: 7, column: 0), .table(counts)))

        // Regression: title row 11, header 12, one row per kind from 13.
        let headers = [L.errorKind.text(language), L.estimate.text(language), L.standardError.text(language), L.tStat.text(language),
                       L.degreesOfFreedom.text(language), L.pValue.text(language),
                       "\(L.lower.text(language)) \(percent)%", "\(L.upper.text(language)) \(percent)%"]
        let regressionTop = 12
        let linest = "LINEST(\(r.value),\(r.design),TRUE,TRUE)"
        func inferenceRow(_ e: DifferenceInDifferences.Estimate, row: Int, label: String,
                          estimate: ReportCell, se: ReportCell, df: ReportCell) -> ReportTable.Row {
            let b = a1(row, 1), s = a1(row, 2), t = a1(row, 3), d = a1(row, 4)
            let tc = "T.INV.2T(\(1 - level),\(d))"
            return ReportTable.Row(label, [
                estimate, se,
                TestSheet.figure(Formula("\(b)/\(s)"), e.tStat), df,
                TestSheet.pValue(Formula("T.DIST.2T(ABS(\(t)),\(d))"), e.pValue, alpha: alpha),
                TestSheet.figure(Formula("\(b)-\(tc)*\(s)"), e.lower), TestSheet.figure(Formula("\(b)+\(tc)*\(s)"), e.upper),
            ])
        }
        func kindLabel(_ kind: DifferenceInDifferences.ErrorKind) -> String {
            switch kind {
            case .classical: L.classical.text(language)
            case .hc1: L.hc1.text(language)
            case .cluster: "\(L.cluster.text(language)), G = \(result.clusters ?? 0)"
            }
        }
        let estimateCell = a1(regressionTop + 1, 1)
        let regressionRows = result.regression.enumerated().map { k, e -> ReportTable.Row in
            let row = regressionTop + 1 + k
            let classical = e.kind == .classical
            return inferenceRow(e, row: row, label: kindLabel(e.kind),
                                estimate: TestSheet.figure(Formula(classical ? "INDEX(\(linest),1,1)" : estimateCell), e.estimate),
                                se: classical ? TestSheet.figure(Formula("INDEX(\(linest),2,1)"), e.standardError)
                                    : .number(e.standardError, format: .significant(e.standardError)),
                                df: e.kind == .cluster ? .number(Double(e.degreesOfFreedom), format: .integer)
                                    : .formula(Formula("COUNT(\(r.value))-4"), cached: Double(e.degreesOfFreedom), format: .integer))
        }
        blocks.append(ReportBlock(at: CellAddress(row: regressionTop - 1, column: 0),
                                  .title("\(L.regressionTitle.text(language)): \(result.valueName) ~ \(L.treatedIndicator.text(language)) + \(L.afterIndicator.text(language)) + \(L.interaction.text(language))")))
        blocks.append(ReportBlock(at: CellAddress(row: regressionTop, column: 0), .table(ReportTable(columnHeaders: headers, rows: regressionRows))))
        var row = regressionTop + regressionRows.count + 1
        blocks.append(ReportBlock(at: CellAddress(row: row, column: 0), .notes([L.agreement.text(language)])))

        // Weaker designs, each row naming its kind of standard error (the primary one, or HC1 where one side
        // has a single cluster).
        row += 2
        blocks.append(ReportBlock(at: CellAddress(row: row, column: 0), .title(L.weakerTitle.text(language))))
        let weakerTop = row + 1
        let weaker = [
            (L.treatedChange, result.treatedChange, Formula("\(a1(3, 3))"), DiDReading.whyTreatedChangeIsWeaker(language)),
            (L.afterDifference, result.afterDifference, Formula("\(a1(5, 2))"), DiDReading.whyAfterDifferenceIsWeaker(language)),
        ].enumerated().map { k, item -> ReportTable.Row in
            var r = inferenceRow(item.1, row: weakerTop + 1 + k, label: "\(item.0.text(language)) (\(kindLabel(item.1.kind)))",
                                 estimate: TestSheet.figure(item.2, item.1.estimate),
                                 se: .number(item.1.standardError, format: .significant(item.1.standardError)),
                                 df: .number(Double(item.1.degreesOfFreedom), format: .integer))
            r.cells.append(.text(item.3))
            return r
        }
        blocks.append(ReportBlock(at: CellAddress(row: weakerTop, column: 0),
                                  .table(ReportTable(columnHeaders: headers + [L.whyWeaker.text(language)], rows: weaker))))
        row = weakerTop + weaker.count + 2

        // Pre-period trends.
        if let pre = result.preTrend {
            blocks.append(ReportBlock(at: CellAddress(row: row, column: 0), .title("\(L.preTrendTitle.text(language)): \(L.slopeDifference.text(language))")))
            let top = row + 1
            // The slope difference has no worksheet function here: plain numbers, with t, p and interval as formulas.
            let fixed = pre.estimates.enumerated().map { k, e in
                inferenceRow(e, row: top + 1 + k, label: kindLabel(e.kind),
                             estimate: .number(e.estimate, format: .significant(e.estimate)),
                             se: .number(e.standardError, format: .significant(e.standardError)),
                             df: .number(Double(e.degreesOfFreedom), format: .integer))
            }
            blocks.append(ReportBlock(at: CellAddress(row: top, column: 0), .table(ReportTable(columnHeaders: headers, rows: fixed))))
            row = top + fixed.count + 2
        }

        // Means by period and the parallel-trends chart.
        blocks.append(ReportBlock(at: CellAddress(row: row, column: 0), .title(L.periodMeansTitle.text(language))))
        let gridTop = row + 1
        let gridRows = result.periodMeans.enumerated().map { k, p -> ReportTable.Row in
            let label = a1(gridTop + 1 + k, 0)
            return ReportTable.Row(p.period, [
                TestSheet.figure(Formula("AVERAGEIFS(\(r.value),\(r.treated),1,\(r.period),\(label))"), p.treatedMean),
                TestSheet.figure(Formula("AVERAGEIFS(\(r.value),\(r.treated),0,\(r.period),\(label))"), p.comparisonMean),
                .text(p.after ? L.after.text(language) : L.before.text(language)),
            ])
        }
        blocks.append(ReportBlock(at: CellAddress(row: gridTop, column: 0), .table(ReportTable(
            columnHeaders: [L.period.text(language), "\(L.treated.text(language)) (\(treatedLevel))", L.comparison.text(language), ""],
            rows: gridRows))))
        let periodRows = (gridTop + 1)..<(gridTop + 1 + gridRows.count)
        let chart = ChartSpec(kind: .line, title: L.chartTitle.text(language), xAxisTitle: periodName ?? L.period.text(language),
                              yAxisTitle: result.valueName,
                              series: [
                                .init(name: "\(L.treated.text(language)) (\(treatedLevel))", categories: .column(0, rows: periodRows, on: name),
                                      values: .column(1, rows: periodRows, on: name)),
                                .init(name: L.comparison.text(language), categories: .column(0, rows: periodRows, on: name),
                                      values: .column(2, rows: periodRows, on: name)),
                              ],
                              showsLegend: true,
                              anchor: CellAddress(row: 2, column: ChartPlacement.columnRight(of: blocks)))
        sheet = ReportSheet(name: name, blocks: blocks, charts: result.periodMeans.count >= 2 ? [chart] : [])
    }
}
