/// The Pareto table of a text column (`histogram --pareto` on 苦情の種類, the commonest Pareto chart at a city hall):
/// each level with its count and the cumulative %, most frequent first, ties in order of first appearance. The counts
/// are live `COUNTIF`s over the data sheet's labels, matching each level exactly; the order is the one at writing,
/// as in the ToolPak's own Pareto table.
struct HistogramLevels {
    /// The levels and their counts, in the table's order.
    let levels: [(level: String, count: Int)]
    /// The table, to be placed with its first level at sheet row `firstRow`, column A.
    let table: ReportTable

    /// `labels` are the column's cells (nil where empty) and `data` where they sit on the data sheet.
    init(language: Language, name: String, labels: [String?], data: CellRange, firstRow: Int) {
        levels = OverviewFrequencyLayout.levelCounts(labels)
        let total = levels.reduce(0) { $0 + $1.count }
        let first = CellAddress(row: firstRow, column: 1)
        let all = "\(first.a1(absolute: true)):\(CellAddress(row: firstRow + max(levels.count, 1) - 1, column: 1).a1(absolute: true))"
        var running = 0
        let rows = levels.enumerated().map { position, entry in
            running += entry.count
            let here = CellAddress(row: firstRow + position, column: 1).a1()
            return ReportTable.Row(entry.level, [
                .formula(.call("COUNTIF", data.reference(), OverviewFrequencyLayout.criterion(entry.level)),
                         cached: Double(entry.count), format: .integer),
                // Over the counts of the table itself: the denominator is the filled cells, as the chart's line ends at 100 %.
                .formula(Formula("SUM(\(first.a1(absolute: true)):\(here))/SUM(\(all))"),
                         cached: total > 0 ? Double(running) / Double(total) : 0, format: .percent(2)),
            ])
        }
        table = ReportTable(columnHeaders: [name, Labels.Histogram.frequency.text(language), Labels.Histogram.cumulativePercent.text(language)],
                            rows: rows)
    }
}
