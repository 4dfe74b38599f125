import Analysis

/// The Group summary sheet (what a PivotTable gives): per group the count, mean, sample SD, minimum and
/// maximum of the value column, each a live formula over the data sheet (`COUNTIFS`, `AVERAGEIFS`, `SUMPRODUCT`, `AGGREGATE`, all in Excel 2016) selecting the group by
/// its key cells, with our value cached. Right of the table, a column chart of the means (by two keys: a
/// grid of the means and one series per level of the second key).
public struct GroupSummaryLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out `summary`, whose value column sits in `values` and key columns in `keys` on the data sheet.
    public init(language: Language, summary: GroupSummary, values: CellRange, keys: [CellRange]) {
        typealias G = Labels.GroupSummary
        let tableTop = 2, firstRow = tableTop + 1
        let v = values.reference()
        let rows = summary.groups.enumerated().map { offset, group -> ReportTable.Row in
            let row = firstRow + offset
            // Key k of this group is in column k of its row; the figures follow the keys.
            let criteria = keys.indices.map { k in "\(keys[k].reference()),\(CellAddress(row: row, column: k).a1())" }
                .joined(separator: ",")
            let mean = CellAddress(row: row, column: keys.count + 1).a1()
            let selected = keys.indices.map { k in "(\(keys[k].reference())=\(CellAddress(row: row, column: k).a1()))" }.joined(separator: "*")
            let figures: [ReportCell?] = [
                .formula(Formula("COUNTIFS(\(criteria),\(v),\"<>\")"), cached: Double(group.count), format: .integer),
                TestSheet.figure(Formula("AVERAGEIFS(\(v),\(criteria))"), group.mean),
                TestSheet.figure(Formula("SQRT(SUMPRODUCT(\(selected)*ISNUMBER(\(v))*(\(v)-\(mean))^2)/(\(CellAddress(row: row, column: keys.count).a1())-1))"),
                                 group.standardDeviation),
                // MINIFS/MAXIFS came with Excel 2019; AGGREGATE (Excel 2010) takes the array without array entry:
                // SMALL/LARGE(…,1) of the group's numbers, the other rows and blanks turned into ignored errors.
                TestSheet.figure(Formula("AGGREGATE(15,6,\(v)/(\(selected)*ISNUMBER(\(v))),1)"), group.minimum),
                TestSheet.figure(Formula("AGGREGATE(14,6,\(v)/(\(selected)*ISNUMBER(\(v))),1)"), group.maximum),
            ]
            let keyCells: [ReportCell?] = group.keys.dropFirst().map { ReportCell.text($0) }
            return ReportTable.Row(group.keys.first ?? "", keyCells + figures)
        }
        let headers = summary.keyNames + [G.count, .mean, .standardDeviation, .minimum, .maximum].map { $0.text(language) }
        let title = "\(G.title.text(language)): \(summary.valueName)"
        let name = G.title.text(language)
        var blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(title)),
            ReportBlock(at: CellAddress(row: tableTop, column: 0), .table(ReportTable(columnHeaders: headers, rows: rows))),
        ]
        let meanColumn = keys.count + 1
        // Below the frozen header rows, so that the chart scrolls as one piece.
        let chartOrigin = CellAddress(row: firstRow, column: ChartPlacement.columnRight(of: blocks))
        let chartTitle = "\(Labels.Charts.groupMeans.text(language)): \(summary.valueName)"
        let chart: ChartSpec
        if summary.keyNames.count == 2 {
            // Groups come sorted by their keys, one per row, so the means of one second-key level are not
            // contiguous: the chart reads them through a grid of references.
            let firstLevels = Self.levels(summary, key: 0), secondLevels = Self.levels(summary, key: 1)
            let placed: [[String]: CellMeansChart.Mean] = Dictionary(summary.groups.enumerated().map { offset, group in
                (group.keys, (CellAddress(row: firstRow + offset, column: meanColumn), group.mean))
            }, uniquingKeysWith: { first, _ in first })
            let means = CellMeansChart(language: language, kind: .column, title: chartTitle,
                                       axisTitles: (summary.keyNames[0], G.mean.text(language)),
                                       rowLevels: firstLevels, columnLevels: secondLevels, sheet: name, origin: chartOrigin) { i, j in
                placed[[firstLevels[i], secondLevels[j]]]
            }
            blocks.append(means.block)
            chart = means.chart
        } else {
            let groupRows = firstRow..<(firstRow + summary.groups.count)
            chart = ChartSpec(kind: .column, title: chartTitle, xAxisTitle: summary.keyNames.first,
                              yAxisTitle: G.mean.text(language),
                              series: [.init(name: G.mean.text(language), categories: .column(0, rows: groupRows, on: name),
                                             values: .column(meanColumn, rows: groupRows, on: name))],
                              yAxisMinimum: ChartSpec.barBaseline(summary.groups.map(\.mean)), anchor: chartOrigin)
        }
        // Without any group (every value blank) there is nothing to draw, and a chart without series is invalid.
        sheet = ReportSheet(name: name, blocks: blocks, charts: summary.groups.isEmpty ? [] : [chart],
                            options: SheetOptions(frozenRows: firstRow))
    }

    /// The distinct labels of key `key`, in the groups' sort order.
    private static func levels(_ summary: GroupSummary, key: Int) -> [String] {
        Array(Set(summary.groups.compactMap { $0.keys.indices.contains(key) ? $0.keys[key] : nil })).sorted()
    }
}
