/// The Regression sheet's charts: per predictor a scatter with a linear trendline (equation and R²),
/// the ToolPak's residual plot and line-fit plot; then its normal probability plot (toolpak.md §3.2.3).
///
/// A 0/1 indicator term gets none of the three per-predictor charts: its points stand in two vertical lines, and a
/// trendline through them only restates the coefficient. Over `ChartSample.limit` observations every chart plots
/// an evenly spaced subset of rows (`ChartSample`), and its title says so; the tables keep every row.
struct RegressionCharts {
    let language: Language
    let variables: RegressionLayout.Variables
    /// y as plotted: the data sheet's column, or the sample's.
    var y: CellRange
    /// Per predictor (in `variables.xNames` order) the x values as plotted, or nil for an indicator term (no charts).
    var xColumns: [CellRange?]
    let predicted: CellRange
    let residuals: CellRange
    let percentiles: CellRange
    let sortedY: CellRange
    /// Without an intercept a polynomial's trendline goes through the origin, as the model does.
    var hasIntercept = true
    /// Per predictor (in `variables.xNames` order) its scatter's trendline equation and R² (`TrendlineLabel`); missing
    /// or nil leaves the label to the spreadsheet.
    var trendlineLabels: [String?] = []
    /// Appended to every title when the charts plot a sample: " (5,000 of 10,000 rows, evenly spaced)".
    var titleNote = ""

    /// The charts, two per row of the grid, starting at `origin`. A polynomial has one x column: its
    /// charts are drawn once, against x, the scatter with the polynomial trendline (orders 2…6, as Excel's).
    func specs(startingAt origin: CellAddress) -> [ChartSpec] {
        var charts: [ChartSpec] = []
        if let degree = variables.polynomialDegree, let xName = variables.xNames.first, let x = xColumns.first ?? nil {
            charts.append(scatter(x: x, xName: xName, polynomialDegree: degree, label: trendlineLabels.first ?? nil))
            charts.append(residualPlot(x: x, xName: xName))
            charts.append(lineFitPlot(x: x, xName: xName))
            charts.append(normalProbabilityPlot())
            return ChartPlacement.grid(charts, from: origin)
        }
        for (index, xName) in variables.xNames.enumerated() {
            guard index < xColumns.count, let x = xColumns[index] else { continue }
            charts.append(scatter(x: x, xName: xName, label: index < trendlineLabels.count ? trendlineLabels[index] : nil))
            charts.append(residualPlot(x: x, xName: xName))
            charts.append(lineFitPlot(x: x, xName: xName))
        }
        charts.append(normalProbabilityPlot())
        return ChartPlacement.grid(charts, from: origin)
    }

    private var r: Labels.Regression.Type { Labels.Regression.self }

    private func scatter(x: CellRange, xName: String, polynomialDegree: Int? = nil, label: String?) -> ChartSpec {
        let order = polynomialDegree.flatMap { ChartSpec.Series.polynomialTrendlineOrders.contains($0) ? $0 : nil }
        return ChartSpec(kind: .scatter, title: Labels.scatterPlot(variables.yName, against: xName, language) + titleNote,
                         xAxisTitle: xName, yAxisTitle: variables.yName,
                         series: [.init(name: variables.yName, categories: x, values: y,
                                        showsLinearTrendline: polynomialDegree == nil, polynomialTrendlineOrder: order,
                                        trendlineThroughOrigin: order != nil && !hasIntercept, trendlineLabel: label)],
                         showsLegend: label != nil, anchor: CellAddress(row: 0, column: 0))
    }

    private func residualPlot(x: CellRange, xName: String) -> ChartSpec {
        ChartSpec(kind: .scatter, title: Labels.residualPlot(xName, language) + titleNote, xAxisTitle: xName,
                  yAxisTitle: r.residuals.text(language),
                  series: [.init(name: r.residuals.text(language), categories: x, values: residuals)],
                  anchor: CellAddress(row: 0, column: 0))
    }

    private func lineFitPlot(x: CellRange, xName: String) -> ChartSpec {
        ChartSpec(kind: .scatter, title: Labels.lineFitPlot(xName, language) + titleNote, xAxisTitle: xName,
                  yAxisTitle: variables.yName,
                  series: [.init(name: variables.yName, categories: x, values: y, colour: ChartSpec.palette[0]),
                           .init(name: Labels.predicted(variables.yName, language), categories: x, values: predicted,
                                 colour: ChartSpec.palette[1])],
                  showsLegend: true, anchor: CellAddress(row: 0, column: 0))
    }

    private func normalProbabilityPlot() -> ChartSpec {
        ChartSpec(kind: .scatter, title: r.normalProbabilityPlot.text(language) + titleNote,
                  xAxisTitle: r.percentile.text(language), yAxisTitle: variables.yName,
                  series: [.init(name: variables.yName, categories: percentiles, values: sortedY)],
                  anchor: CellAddress(row: 0, column: 0))
    }
}

/// The rows a chart plots when a table is too long to plot whole: `limit` rows evenly spaced over all n, the first
/// and the last included (row j of the sample is row ⌊j·(n − 1)/(limit − 1) + ½⌋), so the same data always give the
/// same picture. Over 5,000 points a scatter chart is a blot, and every point costs the file and the spreadsheet.
public enum ChartSample {
    /// The most points a chart plots.
    public static let limit = 5_000

    /// Zero-based indices of the plotted rows among `count`: all of them up to `limit`.
    public static func indices(count: Int, limit: Int = limit) -> [Int] {
        guard count > limit, limit >= 2 else { return Array(0..<count) }
        return (0..<limit).map { j in Int((Double(j) * Double(count - 1) / Double(limit - 1)).rounded()) }
    }

    /// The note added to a sampled chart's title.
    public static func titleNote(plotted: Int, of count: Int, _ language: Language) -> String {
        switch language {
        case .ja: return "（全 \(grouped(count)) 行から等間隔に \(grouped(plotted)) 行）"
        case .en: return " (\(grouped(plotted)) of \(grouped(count)) rows, evenly spaced)"
        }
    }

    private static func grouped(_ value: Int) -> String { DigitGrouping.grouped(value) }

    /// Whether every value is 0 or 1 (missing values aside), with both present: an indicator term.
    public static func isIndicator(_ values: [Double?]) -> Bool {
        var seen: Set<Double> = []
        for case let value? in values {
            guard value == 0 || value == 1 else { return false }
            seen.insert(value)
        }
        return seen.count == 2
    }
}
