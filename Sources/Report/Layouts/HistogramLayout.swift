/// The Histogram sheet: per variable, the ToolPak's Bin / Frequency / Cumulative % table (toolpak.md
/// §3.11) with live `COUNTIFS` formulas over the data sheet, and a column chart beside it.
public struct HistogramLayout: Sendable {
    /// Rows a chart takes at the writer's size, so sections do not overlap.
    static let chartRows = 19
    /// Column where each section's chart starts (after the three table columns and a gap).
    static let chartColumn = 4
    /// Gap between columns in percent of a column's width: narrow, so the bars read as one distribution.
    static let barGap = 10

    /// The sheet.
    public let sheet: ReportSheet

    /// One variable to draw: its name, where its values are on the data sheet, and the values themselves.
    public struct Variable: Sendable {
        /// The column's name, shown above its table and in the chart title.
        public var name: String
        /// Where the values are on the data sheet; the frequency formulas count there.
        public var range: CellRange
        /// The values themselves, to choose the bins and cache the counts.
        public var values: [Double]
        /// Bins chosen by the user; nil chooses nice bins from the values.
        public var bins: HistogramBins?

        /// Creates a variable.
        public init(name: String, range: CellRange, values: [Double], bins: HistogramBins? = nil) {
            self.name = name
            self.range = range
            self.values = values
            self.bins = bins
        }
    }

    /// Lays out one section per variable that has finite values, top to bottom.
    public init(language: Language, variables: [Variable]) {
        let name = Labels.Histogram.title.text(language)
        var blocks: [ReportBlock] = []
        var charts: [ChartSpec] = []
        var top = 0
        for variable in variables {
            guard let bins = variable.bins ?? HistogramBins(values: variable.values) else { continue }
            let tableTop = top + 1
            blocks.append(ReportBlock(at: CellAddress(row: top, column: 0), .title(variable.name)))
            blocks.append(ReportBlock(at: CellAddress(row: tableTop, column: 0),
                                      .table(Self.table(language, bins: bins, data: variable.range, firstRow: tableTop + 1))))
            let binRows = (tableTop + 1)..<(tableTop + 2 + bins.upperEdges.count)
            charts.append(ChartSpec(kind: .column, title: "\(Labels.Histogram.title.text(language)): \(variable.name)",
                                    xAxisTitle: Labels.Histogram.bin.text(language),
                                    yAxisTitle: Labels.Histogram.frequency.text(language),
                                    series: [.init(name: Labels.Histogram.frequency.text(language),
                                                   categories: CellRange.column(0, rows: binRows, on: name),
                                                   values: CellRange.column(1, rows: binRows, on: name))],
                                    barGap: Self.barGap, anchor: CellAddress(row: top, column: Self.chartColumn)))
            top += max(bins.counts.count + 3, Self.chartRows) + 1
        }
        sheet = ReportSheet(name: name, blocks: blocks, charts: charts)
    }

    /// The table; `firstRow` is the sheet row of the first bin, so formulas can point at the bin cells.
    private static func table(_ language: Language, bins: HistogramBins, data: CellRange, firstRow: Int) -> ReportTable {
        let r = data.reference()
        let total = bins.counts.reduce(0, +)
        let binCell = { (index: Int) in CellAddress(row: firstRow + index, column: 0).a1() }
        let edgeFormat = NumberFormat.decimals(bins.edgeDecimals)
        var running = 0
        let rows = bins.counts.enumerated().map { index, count in
            running += count
            let isMore = index == bins.upperEdges.count
            let frequency: Formula
            if isMore {
                frequency = Formula("COUNTIF(\(r),\">\"&\(binCell(index - 1)))")
            } else if index == 0 {
                frequency = Formula("COUNTIF(\(r),\"<=\"&\(binCell(0)))")
            } else {
                frequency = Formula("COUNTIFS(\(r),\">\"&\(binCell(index - 1)),\(r),\"<=\"&\(binCell(index)))")
            }
            let frequencyColumn = CellAddress(row: firstRow, column: 1)
            let cumulative = Formula("SUM(\(frequencyColumn.a1(absolute: true)):\(CellAddress(row: firstRow + index, column: 1).a1()))/COUNT(\(r))")
            let label: ReportCell = isMore ? .text(Labels.Histogram.more.text(language))
                                           : .number(bins.upperEdges[index], format: edgeFormat)
            return ReportTable.Row(labelCell: label, [
                .formula(frequency, cached: Double(count), format: .integer),
                .formula(cumulative, cached: total > 0 ? Double(running) / Double(total) : 0, format: .percent(2)),
            ])
        }
        let headers = [Labels.Histogram.bin, .frequency, .cumulativePercent].map { $0.text(language) }
        return ReportTable(columnHeaders: headers, rows: rows)
    }
}
