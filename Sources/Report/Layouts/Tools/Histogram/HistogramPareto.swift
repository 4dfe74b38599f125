import Analysis

/// The ToolPak's Pareto (sorted histogram) table (toolpak.md §3.11): the bins again, `More` included,
/// sorted by frequency with the largest first and the cumulative % recomputed in that order. Each
/// frequency refers to its row of the plain table, so both stay live; the order is the one at writing.
struct HistogramPareto {
    /// The table, to be placed at the plain table's top row in `column`.
    let table: ReportTable

    /// `labels` and `counts` are the plain table's rows (bins, `More` included, or calendar periods); `firstRow` is the
    /// sheet row of the first bin in both tables; the plain table's frequencies are in column B.
    init(language: Language, labels: [ReportCell], counts: [Int], data: CellRange, firstRow: Int, column: Int) {
        let total = counts.reduce(0, +)
        var running = 0
        let rows = Histogram.paretoOrder(counts).enumerated().map { position, index in
            running += counts[index]
            let plainFrequency = CellAddress(row: firstRow + index, column: 1)
            return ReportTable.Row(labelCell: labels[index], [
                .formula(Formula(plainFrequency.a1()), cached: Double(counts[index]), format: .integer),
                HistogramLayout.cumulativePercent(data: data, frequencies: CellAddress(row: firstRow, column: column + 1),
                                                  row: position, cached: total > 0 ? Double(running) / Double(total) : 0),
            ])
        }
        table = ReportTable(columnHeaders: HistogramLayout.headers(language), rows: rows)
    }
}
