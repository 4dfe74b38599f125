import Analysis

/// The ToolPak's Pareto (sorted histogram) table (toolpak.md §3.11): the bins again, `More` included,
/// sorted by frequency with the largest first and the cumulative % recomputed in that order. Each
/// frequency refers to its row of the plain table, so both stay live; the order is the one at writing.
struct HistogramPareto {
    /// The table, to be placed at the plain table's top row in `column`.
    let table: ReportTable

    /// `firstRow` is the sheet row of the first bin in both tables; the plain table's frequencies are in
    /// column B.
    init(language: Language, bins: HistogramBins, data: CellRange, firstRow: Int, column: Int) {
        let total = bins.counts.reduce(0, +)
        var running = 0
        let rows = Histogram.paretoOrder(bins.counts).enumerated().map { position, index in
            running += bins.counts[index]
            let plainFrequency = CellAddress(row: firstRow + index, column: 1)
            return ReportTable.Row(labelCell: HistogramLayout.binLabel(language, bins: bins, index: index), [
                .formula(Formula(plainFrequency.a1()), cached: Double(bins.counts[index]), format: .integer),
                HistogramLayout.cumulativePercent(data: data, frequencies: CellAddress(row: firstRow, column: column + 1),
                                                  row: position, cached: total > 0 ? Double(running) / Double(total) : 0),
            ])
        }
        table = ReportTable(columnHeaders: HistogramLayout.headers(language), rows: rows)
    }
}
