/// The Regression sheet's charts: per predictor a scatter with a linear trendline (equation and R²),
/// the ToolPak's residual plot and line-fit plot; then its normal probability plot (toolpak.md §3.2.3).
struct RegressionCharts {
    let language: Language
    let variables: RegressionLayout.Variables
    let predicted: CellRange
    let residuals: CellRange
    let percentiles: CellRange
    let sortedY: CellRange
    /// Without an intercept a polynomial's trendline goes through the origin, as the model does.
    var hasIntercept = true

    /// The charts, two per row of the grid, starting at `origin`. A polynomial has one x column: its
    /// charts are drawn once, against x, the scatter with the polynomial trendline (orders 2…6, as Excel's).
    func specs(startingAt origin: CellAddress) -> [ChartSpec] {
        var charts: [ChartSpec] = []
        if let degree = variables.polynomialDegree, let xName = variables.xNames.first {
            charts.append(scatter(x: variables.x, xName: xName, polynomialDegree: degree))
            charts.append(residualPlot(x: variables.x, xName: xName))
            charts.append(lineFitPlot(x: variables.x, xName: xName))
            charts.append(normalProbabilityPlot())
            return ChartPlacement.grid(charts, from: origin)
        }
        for (index, xName) in variables.xNames.enumerated() {
            let x = CellRange.column(variables.x.first.column + index, rows: variables.x.first.row..<(variables.x.last.row + 1),
                                     on: variables.x.sheet)
            charts.append(scatter(x: x, xName: xName))
            charts.append(residualPlot(x: x, xName: xName))
            charts.append(lineFitPlot(x: x, xName: xName))
        }
        charts.append(normalProbabilityPlot())
        return ChartPlacement.grid(charts, from: origin)
    }

    private var r: Labels.Regression.Type { Labels.Regression.self }

    private func scatter(x: CellRange, xName: String, polynomialDegree: Int? = nil) -> ChartSpec {
        let order = polynomialDegree.flatMap { ChartSpec.Series.polynomialTrendlineOrders.contains($0) ? $0 : nil }
        return ChartSpec(kind: .scatter, title: Labels.scatterPlot(variables.yName, against: xName, language),
                         xAxisTitle: xName, yAxisTitle: variables.yName,
                         series: [.init(name: variables.yName, categories: x, values: variables.y,
                                        showsLinearTrendline: polynomialDegree == nil, polynomialTrendlineOrder: order,
                                        trendlineThroughOrigin: order != nil && !hasIntercept)],
                         anchor: CellAddress(row: 0, column: 0))
    }

    private func residualPlot(x: CellRange, xName: String) -> ChartSpec {
        ChartSpec(kind: .scatter, title: Labels.residualPlot(xName, language), xAxisTitle: xName,
                  yAxisTitle: r.residuals.text(language),
                  series: [.init(name: r.residuals.text(language), categories: x, values: residuals)],
                  anchor: CellAddress(row: 0, column: 0))
    }

    private func lineFitPlot(x: CellRange, xName: String) -> ChartSpec {
        ChartSpec(kind: .scatter, title: Labels.lineFitPlot(xName, language), xAxisTitle: xName,
                  yAxisTitle: variables.yName,
                  series: [.init(name: variables.yName, categories: x, values: variables.y),
                           .init(name: Labels.predicted(variables.yName, language), categories: x, values: predicted)],
                  showsLegend: true, anchor: CellAddress(row: 0, column: 0))
    }

    private func normalProbabilityPlot() -> ChartSpec {
        ChartSpec(kind: .scatter, title: r.normalProbabilityPlot.text(language),
                  xAxisTitle: r.percentile.text(language), yAxisTitle: variables.yName,
                  series: [.init(name: variables.yName, categories: percentiles, values: sortedY)],
                  anchor: CellAddress(row: 0, column: 0))
    }
}
