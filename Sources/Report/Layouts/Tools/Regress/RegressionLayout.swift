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
    ///
    /// - Parameter values: y then the predictors' columns, as on the data sheet (`variables.y` and `variables.x`).
    ///   With them, 0/1 indicator terms get no scatter, residual or line-fit chart, and over `ChartSample.limit`
    ///   observations the charts plot an evenly spaced sample laid out right of the LINEST block. Without them every
    ///   predictor is charted over every row.
    public init(language: Language, variables: Variables, figures: any RegressionFigures, sheetName: String? = nil,
                values: [DataColumn] = []) {
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
        let xCount = variables.x.columnCount
        let xRanges = (0..<xCount).map { index in
            CellRange.column(variables.x.first.column + index, rows: variables.x.first.row..<(variables.x.last.row + 1),
                             on: variables.x.sheet)
        }
        // A polynomial's x^2 … x^K are no columns of their own: its one x column is charted.
        let charted: [Bool] = (0..<max(xCount, variables.polynomialDegree == nil ? variables.xNames.count : 1)).map { index in
            values.count == xCount + 1 && variables.polynomialDegree == nil ? !ChartSample.isIndicator(values[index + 1].values) : true
        }
        let n = figures.observationCount
        // Each scatter's trendline equation, fitted to the points it plots (the sample's, past the limit).
        let plotted = n > ChartSample.limit ? ChartSample.indices(count: n) : nil
        let labels: [String?] = values.count == xCount + 1 ? (0..<xCount).map { index in
            let rows = plotted ?? Array(values[0].values.indices)
            let pairs = rows.compactMap { row -> (Double, Double)? in
                guard row < values[0].values.count, row < values[index + 1].values.count,
                      let x = values[index + 1].values[row], let y = values[0].values[row] else { return nil }
                return (x, y)
            }
            let order = variables.polynomialDegree ?? 1
            guard ChartSpec.Series.polynomialTrendlineOrders.contains(order) || order == 1 else { return nil }
            return TrendlineLabel.text(x: pairs.map(\.0), y: pairs.map(\.1), order: order,
                                       throughOrigin: order > 1 && !figures.hasIntercept)
        } : []
        var charts = RegressionCharts(language: language, variables: variables, y: variables.y,
                                      xColumns: xRanges.enumerated().map { charted[$0.offset] ? $0.element : nil },
                                      predicted: predictedRange, residuals: residualRange, percentiles: probabilityRows,
                                      sortedY: sortedYRange, hasIntercept: figures.hasIntercept, trendlineLabels: labels)
        if n > ChartSample.limit, values.count == xCount + 1 {
            // The sample's table: observation, y, each charted x, predicted, residual, percentile and sorted y, every
            // cell a reference to the row it copies, right of the LINEST block.
            let origin = Self.linestOrigin.offset(columns: figures.coefficients.count + 2)
            let picked = ChartSample.indices(count: n)
            typealias Source = (header: String, column: CellRange, cached: (Int) -> Double?)
            var sources: [Source] = [(variables.yName, variables.y, { values[0].values[$0] })]
            for index in xRanges.indices where charted[index] {
                let header = index < variables.xNames.count ? variables.xNames[index] : "x\(index + 1)"
                sources.append((header, xRanges[index], { values[index + 1].values[$0] }))
            }
            let predicted = figures.predicted, residuals = figures.residuals, sortedY = figures.sortedY
            sources.append((Labels.predicted(variables.yName, language), predictedRange, { $0 < predicted.count ? predicted[$0] : nil }))
            sources.append((Labels.Regression.residuals.text(language), residualRange, { $0 < residuals.count ? residuals[$0] : nil }))
            sources.append((Labels.Regression.percentile.text(language), probabilityRows, { 100 * (Double($0 + 1) - 0.5) / Double(n) }))
            sources.append((variables.yName, sortedYRange, { $0 < sortedY.count ? sortedY[$0] : nil }))
            let note = ChartSample.titleNote(plotted: picked.count, of: n, language)
            var cells = [PositionedCell(CellAddress(row: 0, column: 0), .text(note.trimmingCharacters(in: ["（", "）", " ", "(", ")"]),
                                                                              style: .header)),
                         PositionedCell(CellAddress(row: 1, column: 0), .text(Labels.Regression.observation.text(language), style: .header))]
            for (offset, source) in sources.enumerated() {
                cells.append(PositionedCell(CellAddress(row: 1, column: 1 + offset), .text(source.header, style: .header)))
            }
            for (j, index) in picked.enumerated() {
                cells.append(PositionedCell(CellAddress(row: 2 + j, column: 0), .number(Double(index + 1), format: .integer)))
                for (offset, source) in sources.enumerated() {
                    let reference = SheetName.quotedForFormula(source.column.sheet) + "!"
                        + source.column.first.offset(rows: index).a1(absolute: true)
                    let cell: ReportCell = source.cached(index).map { .formula(Formula(reference), cached: $0) }
                        ?? ReportCell(.formula(Formula(reference), cached: .error(.notAvailable)))
                    cells.append(PositionedCell(CellAddress(row: 2 + j, column: 1 + offset), cell))
                }
            }
            blocks.append(ReportBlock(at: origin, .cells(cells)))
            let sampleRows = (origin.row + 2)..<(origin.row + 2 + picked.count)
            let column = { (offset: Int) in CellRange.column(origin.column + 1 + offset, rows: sampleRows, on: name) }
            charts.y = column(0)
            var next = 1
            charts.xColumns = charts.xColumns.map { range in
                guard range != nil else { return nil }
                defer { next += 1 }
                return column(next)
            }
            charts = RegressionCharts(language: language, variables: variables, y: charts.y, xColumns: charts.xColumns,
                                      predicted: column(next), residuals: column(next + 1), percentiles: column(next + 2),
                                      sortedY: column(next + 3), hasIntercept: figures.hasIntercept, trendlineLabels: labels,
                                      titleNote: note)
        }
        sheet = ReportSheet(name: name, blocks: blocks, charts: charts.specs(startingAt: CellAddress(row: 0, column: Self.chartColumn)))
    }
}
