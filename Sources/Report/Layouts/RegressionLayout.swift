/// The Regression sheet (toolpak.md §3.2): summary, ANOVA, coefficients, residual and probability
/// output in the ToolPak's places and order, every figure a live formula over the data sheet
/// (`LINEST`, `TREND`, `T.DIST.2T`, `F.DIST.RT`, …) with our value cached; charts to the right.
public struct RegressionLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    /// The residual output's predicted values, for charts and later references.
    public let predictedRange: CellRange
    /// The residual output's residuals.
    public let residualRange: CellRange

    /// Names and data ranges of the variables.
    public struct Variables: Sendable {
        /// The response's name.
        public var yName: String
        /// The response's values on the data sheet.
        public var y: CellRange
        /// The predictors' names, in the order of their columns.
        public var xNames: [String]
        /// The predictors as one contiguous block of columns on the data sheet.
        public var x: CellRange
        /// For a polynomial, its degree K ≥ 2: `x` is then the one raw column and `xNames` the terms
        /// x, x^2, …, x^K; nil for plain predictors.
        public var polynomialDegree: Int?

        /// Creates the variable description.
        public init(yName: String, y: CellRange, xNames: [String], x: CellRange, polynomialDegree: Int? = nil) {
            self.yName = yName
            self.y = y
            self.xNames = xNames
            self.x = x
            self.polynomialDegree = polynomialDegree.flatMap { $0 >= 2 ? $0 : nil }
        }
    }

    static let statisticsTop = 2
    static let anovaTop = 10
    static let coefficientTop = 15
    /// The LINEST block's heading: right of the chart grid (two charts of `ChartPlacement.columnStep` columns from
    /// column K), so that neither covers the other.
    static let linestOrigin = CellAddress(row: statisticsTop, column: chartColumn + 2 * ChartPlacement.columnStep + 1)
    static let chartColumn = 10

    /// Lays out the sheet, named `sheetName` or, by default, after the tool (`回帰分析` / `Regression`).
    public init(language: Language, variables: Variables, figures: any RegressionFigures, sheetName: String? = nil) {
        let residualTop = Self.coefficientTop + figures.coefficients.count + 4
        let dataTop = residualTop + 2
        // Per-row formulas read the coefficients, the residual SS and n from the tables above (one fit per
        // figure, not per row): Observations is the statistics table's fifth row, the residual SS the ANOVA
        // table's second row, the intercept and slopes the coefficient table's first column.
        let anchors = RegressionFormulas.Anchors(
            intercept: CellAddress(row: Self.coefficientTop + 1, column: 1),
            firstSlope: CellAddress(row: Self.coefficientTop + 2, column: 1),
            residualSS: CellAddress(row: Self.anovaTop + 2, column: 2),
            observations: CellAddress(row: Self.statisticsTop + 5, column: 1),
            firstPredicted: CellAddress(row: dataTop, column: 1),
            linestBlock: Self.linestOrigin.offset(rows: 1))
        let formulas = RegressionFormulas(y: variables.y, x: variables.x, hasIntercept: figures.hasIntercept,
                                          polynomialDegree: variables.polynomialDegree, anchors: anchors)
        let name = sheetName ?? Labels.Regression.title.text(language)
        var blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(Labels.Regression.summaryOutput.text(language))),
            ReportBlock(at: CellAddress(row: Self.statisticsTop, column: 0),
                        .table(RegressionTables.statistics(language, formulas, figures))),
            ReportBlock(at: CellAddress(row: 9, column: 0), .cells([PositionedCell(CellAddress(row: 0, column: 0),
                                                                                    .text(Labels.Regression.anova.text(language)))])),
            ReportBlock(at: CellAddress(row: Self.anovaTop, column: 0), .table(RegressionTables.anova(language, formulas, figures))),
            ReportBlock(at: CellAddress(row: Self.coefficientTop, column: 0),
                        .table(RegressionTables.coefficients(language, formulas, figures, xNames: variables.xNames))),
        ]
        blocks.append(RegressionTables.linestBlock(formulas, figures, at: Self.linestOrigin))
        blocks += RegressionTables.residualOutput(language, formulas, figures, yName: variables.yName, top: residualTop)
        blocks += RegressionTables.probabilityOutput(language, formulas, figures, yName: variables.yName, top: residualTop)

        let rows = dataTop..<(dataTop + figures.observationCount)
        predictedRange = CellRange.column(1, rows: rows, on: name)
        residualRange = CellRange.column(2, rows: rows, on: name)
        let probabilityRows = CellRange.column(RegressionTables.probabilityColumn, rows: rows, on: name)
        let sortedYRange = CellRange.column(RegressionTables.probabilityColumn + 1, rows: rows, on: name)
        let charts = RegressionCharts(language: language, variables: variables, predicted: predictedRange,
                                      residuals: residualRange, percentiles: probabilityRows, sortedY: sortedYRange,
                                      hasIntercept: figures.hasIntercept)
        sheet = ReportSheet(name: name, blocks: blocks, charts: charts.specs(startingAt: CellAddress(row: 0, column: Self.chartColumn)))
    }
}
