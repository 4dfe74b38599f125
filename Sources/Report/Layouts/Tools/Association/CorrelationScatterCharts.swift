/// The Correlation sheet's scatter charts: one per pair of variables, each with its least-squares line,
/// equation and R² like the Regression sheet's, drawn straight from the data sheet's columns.
enum CorrelationScatterCharts {
    /// Beyond four variables the six charts of their pairs would already fill a screen, so larger
    /// matrices get none.
    static let variableCounts = 2...4

    /// One chart per pair (i < j) of `names`, whose values sit in `ranges`, y = the later variable,
    /// two to a row from `origin`; none unless `variableCounts` holds the number of variables.
    static func specs(language: Language, names: [String], ranges: [CellRange], from origin: CellAddress) -> [ChartSpec] {
        let count = min(names.count, ranges.count)
        guard variableCounts.contains(count) else { return [] }
        let charts = (0..<count).flatMap { i in
            ((i + 1)..<count).map { j in
                ChartSpec(kind: .scatter, title: Labels.scatterPlot(names[j], against: names[i], language),
                          xAxisTitle: names[i], yAxisTitle: names[j],
                          series: [.init(name: names[j], categories: ranges[i], values: ranges[j], showsLinearTrendline: true)],
                          anchor: origin)
            }
        }
        return ChartPlacement.grid(charts, from: origin)
    }
}
