/// The Correlation sheet's scatter charts: one per pair of variables, each with its least-squares line,
/// equation and R² like the Regression sheet's, drawn straight from the data sheet's columns.
enum CorrelationScatterCharts {
    /// Beyond four variables the six charts of their pairs would already fill a screen, so larger
    /// matrices get none.
    static let variableCounts = 2...4

    /// One chart per pair (i < j) of `names`, whose values sit in `ranges`, y = the later variable,
    /// two to a row from `origin`; none unless `variableCounts` holds the number of variables. With `values` (same
    /// order) each trendline is labelled with its equation to four significant digits, fitted to the rows
    /// complete in both columns, the points the chart plots.
    static func specs(language: Language, names: [String], ranges: [CellRange], values: [[Double?]] = [],
                      from origin: CellAddress) -> [ChartSpec] {
        let count = min(names.count, ranges.count)
        guard variableCounts.contains(count) else { return [] }
        let charts = (0..<count).flatMap { i in
            ((i + 1)..<count).map { j in
                let label = values.count == count ? Self.label(x: values[i], y: values[j]) : nil
                return ChartSpec(kind: .scatter, title: Labels.scatterPlot(names[j], against: names[i], language),
                                 xAxisTitle: names[i], yAxisTitle: names[j],
                                 series: [.init(name: names[j], categories: ranges[i], values: ranges[j], showsLinearTrendline: true,
                                                trendlineLabel: label)],
                                 showsLegend: label != nil, anchor: origin)
            }
        }
        return ChartPlacement.grid(charts, from: origin)
    }

    private static func label(x: [Double?], y: [Double?]) -> String? {
        let pairs = zip(x, y).compactMap { x, y in x.flatMap { x in y.map { (x, $0) } } }
        return TrendlineLabel.text(x: pairs.map(\.0), y: pairs.map(\.1), order: 1)
    }
}
