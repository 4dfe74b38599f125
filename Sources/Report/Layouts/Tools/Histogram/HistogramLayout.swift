import Analysis

/// The Histogram sheet: per variable, the ToolPak's Bin / Frequency / Cumulative % table (toolpak.md
/// §3.11) with live `COUNTIFS` formulas over the data sheet, and a column chart beside it; with Pareto
/// on, the sorted table to its right and a second chart of the sorted counts.
public struct HistogramLayout: Sendable {
    /// Rows a chart takes at the writer's size, so sections do not overlap.
    static let chartRows = 19
    /// Column of the Pareto table: after the three table columns and a gap, as the ToolPak places it.
    static let paretoColumn = 4
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
        /// For a date column, its calendar bins (by month or year), which take the place of `bins`.
        public var dates: DateBins?

        /// Creates a variable.
        public init(name: String, range: CellRange, values: [Double], bins: HistogramBins? = nil, dates: DateBins? = nil) {
            self.name = name
            self.range = range
            self.values = values
            self.bins = bins
            self.dates = dates
        }
    }

    /// A text column counted by its levels (`histogram --pareto` on a category such as 苦情の種類).
    public struct Levels: Sendable {
        /// The column's name, shown above its table, as its first header and in the chart titles.
        public var name: String
        /// Where the labels are on the data sheet; the counts are `COUNTIF`s there.
        public var range: CellRange
        /// The column's cells as labels, nil where empty.
        public var labels: [String?]

        /// Creates a text column to count.
        public init(name: String, range: CellRange, labels: [String?]) {
            self.name = name
            self.range = range
            self.labels = labels
        }
    }

    /// Lays out one section per variable that has finite values, top to bottom; `pareto` adds the
    /// ToolPak's sorted table and a chart of it to each section. Then one section per text column in `levels`: its
    /// levels by count, largest first, with the Pareto chart and its cumulative line.
    public init(language: Language, variables: [Variable], levels: [Levels] = [], pareto: Bool = false) {
        let name = Labels.Histogram.title.text(language)
        let chartColumn = pareto ? Self.paretoColumn * 2 : Self.paretoColumn
        var blocks: [ReportBlock] = []
        var charts: [ChartSpec] = []
        var top = 0
        for variable in variables {
            let tableTop = top + 1
            let firstBinRow = tableTop + 1
            // The bins' labels and counts, whichever kind: calendar periods for a date column, else value edges.
            let labels: [ReportCell], counts: [Int], table: ReportTable
            if let dates = variable.dates {
                (labels, counts) = (dates.periods.map { .text($0.label(dates.unit)) }, dates.counts)
                table = Self.dateTable(language, bins: dates, data: variable.range, firstRow: firstBinRow)
            } else {
                guard let bins = variable.bins ?? HistogramBins(values: variable.values) else { continue }
                (labels, counts) = (bins.counts.indices.map { Self.binLabel(language, bins: bins, index: $0) }, bins.counts)
                table = Self.table(language, bins: bins, data: variable.range, firstRow: firstBinRow)
            }
            blocks.append(ReportBlock(at: CellAddress(row: top, column: 0), .title(variable.name)))
            blocks.append(ReportBlock(at: CellAddress(row: tableTop, column: 0), .table(table)))
            let binRows = firstBinRow..<(firstBinRow + counts.count)
            charts.append(Self.chart(language, title: Labels.Histogram.title.text(language), variable: variable.name,
                                     axis: variable.name, column: 0, rows: binRows, sheet: name, anchor: CellAddress(row: top, column: chartColumn)))
            if pareto {
                let sorted = HistogramPareto(language: language, labels: labels, counts: counts, data: variable.range,
                                             firstRow: firstBinRow, column: Self.paretoColumn)
                blocks.append(ReportBlock(at: CellAddress(row: tableTop, column: Self.paretoColumn), .table(sorted.table)))
                charts.append(Self.chart(language, title: Labels.Extras.paretoChart.text(language), variable: variable.name,
                                         axis: variable.name, column: Self.paretoColumn, rows: binRows, sheet: name,
                                         anchor: CellAddress(row: top + Self.chartRows, column: chartColumn)))
                // A パレート図 is read by its cumulative line; libxlsxwriter 1.1.4 cannot combine a column and a line chart
                // on two axes, so the line stands as its own chart right beside the columns, same bins in the same order.
                charts.append(Self.cumulativeLine(language, title: Labels.Extras.paretoChart.text(language), variable: variable.name,
                                                  axis: variable.name, column: Self.paretoColumn,
                                                  rows: binRows, sheet: name,
                                                  anchor: CellAddress(row: top + Self.chartRows,
                                                                      column: chartColumn + ChartPlacement.columnStep)))
            }
            top += max(counts.count + 3, Self.chartRows * (pareto ? 2 : 1)) + 1
        }
        for column in levels {
            let firstRow = top + 2
            let counted = HistogramLevels(language: language, name: column.name, labels: column.labels, data: column.range,
                                          firstRow: firstRow)
            guard !counted.levels.isEmpty else { continue }
            blocks.append(ReportBlock(at: CellAddress(row: top, column: 0), .title(column.name)))
            blocks.append(ReportBlock(at: CellAddress(row: top + 1, column: 0), .table(counted.table)))
            let rows = firstRow..<(firstRow + counted.levels.count)
            // Categories are no histogram: the chart is a plain パレート図, not the ToolPak's "sorted histogram".
            charts.append(Self.chart(language, title: Labels.Charts.pareto.text(language), variable: column.name,
                                     axis: column.name, column: 0, rows: rows, sheet: name,
                                     anchor: CellAddress(row: top, column: Self.paretoColumn)))
            charts.append(Self.cumulativeLine(language, title: Labels.Charts.pareto.text(language), variable: column.name,
                                              axis: column.name, column: 0, rows: rows,
                                              sheet: name, anchor: CellAddress(row: top, column: Self.paretoColumn + ChartPlacement.columnStep)))
            top += max(counted.levels.count + 3, Self.chartRows) + 1
        }
        sheet = ReportSheet(name: name, blocks: blocks, charts: charts)
    }

    /// A column chart of the frequencies in `column` + 1 against the bins or levels in `column`; the horizontal axis
    /// is named `axis`, the column's name, rather than the generic データ区間.
    private static func chart(_ language: Language, title: String, variable: String, axis: String, column: Int,
                              rows: Range<Int>, sheet: String, anchor: CellAddress) -> ChartSpec {
        let frequency = Labels.Histogram.frequency.text(language)
        return ChartSpec(kind: .column, title: "\(title): \(variable)", xAxisTitle: axis,
                         yAxisTitle: frequency,
                         series: [.init(name: frequency, categories: CellRange.column(column, rows: rows, on: sheet),
                                        values: CellRange.column(column + 1, rows: rows, on: sheet))],
                         barGap: Self.barGap, anchor: anchor)
    }

    /// The Pareto table's cumulative % (in `column` + 2) as a line over its sorted bins or levels (in `column`), the
    /// axis from 0.
    private static func cumulativeLine(_ language: Language, title: String, variable: String, axis: String, column: Int,
                                       rows: Range<Int>, sheet: String, anchor: CellAddress) -> ChartSpec {
        let cumulative = Labels.Histogram.cumulativePercent.text(language)
        return ChartSpec(kind: .line, title: "\(title) (\(cumulative)): \(variable)",
                         xAxisTitle: axis, yAxisTitle: cumulative,
                         series: [.init(name: cumulative, categories: CellRange.column(column, rows: rows, on: sheet),
                                        values: CellRange.column(column + 2, rows: rows, on: sheet))],
                         yAxisMinimum: 0, yAxisMaximum: 1, yAxisFormat: .percent(0), anchor: anchor)
    }

    /// The label of bin `index`: its upper edge, or `More` after the last edge.
    static func binLabel(_ language: Language, bins: HistogramBins, index: Int) -> ReportCell {
        index < bins.upperEdges.count ? .number(bins.upperEdges[index], format: .decimals(bins.edgeDecimals))
                                      : .text(Labels.Histogram.more.text(language))
    }

    /// The table's header row, shared with the Pareto table as the ToolPak repeats it.
    static func headers(_ language: Language) -> [String] {
        [Labels.Histogram.bin, .frequency, .cumulativePercent].map { $0.text(language) }
    }

    /// The table; `firstRow` is the sheet row of the first bin, so formulas can point at the bin cells.
    private static func table(_ language: Language, bins: HistogramBins, data: CellRange, firstRow: Int) -> ReportTable {
        let r = data.reference()
        let total = bins.counts.reduce(0, +)
        let binCell = { (index: Int) in CellAddress(row: firstRow + index, column: 0).a1() }
        var running = 0
        let rows = bins.counts.enumerated().map { index, count in
            running += count
            let frequency: Formula
            if index == bins.upperEdges.count {
                frequency = Formula("COUNTIF(\(r),\">\"&\(binCell(index - 1)))")
            } else if index == 0 {
                frequency = Formula("COUNTIF(\(r),\"<=\"&\(binCell(0)))")
            } else {
                frequency = Formula("COUNTIFS(\(r),\">\"&\(binCell(index - 1)),\(r),\"<=\"&\(binCell(index)))")
            }
            return ReportTable.Row(labelCell: binLabel(language, bins: bins, index: index), [
                .formula(frequency, cached: Double(count), format: .integer),
                cumulativePercent(data: data, frequencies: CellAddress(row: firstRow, column: 1), row: index,
                                  cached: total > 0 ? Double(running) / Double(total) : 0),
            ])
        }
        return ReportTable(columnHeaders: headers(language), rows: rows)
    }

    /// A date column's table: one row per month or year, labelled `2024-04` / `2024`, each counting the dates from the
    /// period's first day up to, not including, the next period's (`COUNTIFS` with `DATE`, so times of day count in
    /// their day).
    private static func dateTable(_ language: Language, bins: DateBins, data: CellRange, firstRow: Int) -> ReportTable {
        let r = data.reference()
        let total = bins.counts.reduce(0, +)
        var running = 0
        let rows = bins.periods.enumerated().map { index, period in
            running += bins.counts[index]
            let frequency = Formula("COUNTIFS(\(r),\">=\"&\(bins.dateTerm(period)),\(r),\"<\"&\(bins.dateTerm(bins.end(of: index))))")
            return ReportTable.Row(labelCell: .text(period.label(bins.unit)), [
                .formula(frequency, cached: Double(bins.counts[index]), format: .integer),
                cumulativePercent(data: data, frequencies: CellAddress(row: firstRow, column: 1), row: index,
                                  cached: total > 0 ? Double(running) / Double(total) : 0),
            ])
        }
        let period = (bins.unit == .month ? Labels.Charts.month : .year).text(language)
        return ReportTable(columnHeaders: [period] + [Labels.Histogram.frequency, .cumulativePercent].map { $0.text(language) }, rows: rows)
    }

    /// The ToolPak's running sum / n, `SUM(f$1:fᵢ)/COUNT(data)`, `row` rows below the first frequency.
    static func cumulativePercent(data: CellRange, frequencies first: CellAddress, row: Int, cached: Double) -> ReportCell {
        let last = CellAddress(row: first.row + row, column: first.column)
        return .formula(Formula("SUM(\(first.a1(absolute: true)):\(last.a1()))/COUNT(\(data.reference()))"),
                        cached: cached, format: .percent(2))
    }
}
