/// The tables of the Regression sheet, each in the ToolPak's row and column order (toolpak.md §3.2).
enum RegressionTables {
    /// Column where the probability output starts: after the four residual-output columns and a gap.
    static let probabilityColumn = 6
    /// p-values below this are shown in bold, to draw the eye the way a participant reads the table.
    static let highlightedP = 0.05

    typealias R = Labels.Regression

    static func statistics(_ language: Language, _ formulas: RegressionFormulas,
                           _ figures: any RegressionFigures) -> ReportTable {
        ReportTable(heading: R.regressionStatistics.text(language), rows: [
            .init(R.multipleR.text(language), [figure(formulas.multipleR, figures.multipleR)]),
            .init(R.rSquare.text(language), [figure(formulas.rSquare, figures.rSquare)]),
            .init(R.adjustedRSquare.text(language), [figure(formulas.adjustedRSquare, figures.adjustedRSquare)]),
            .init(R.standardError.text(language), [figure(formulas.standardError, figures.standardError)]),
            .init(R.observations.text(language), [figure(formulas.observationCount, Double(figures.observationCount), format: .integer)]),
        ])
    }

    static func anova(_ language: Language, _ formulas: RegressionFormulas,
                      _ figures: any RegressionFigures) -> ReportTable {
        let df = figures.degreesOfFreedom
        let ss = figures.sumsOfSquares
        let headers = [R.df, R.ss, R.ms, R.f, R.significanceF].map { $0.text(language) }
        return ReportTable(columnHeaders: [""] + headers, rows: [
            .init(R.regression.text(language), [
                // The regression df is the number of predictors, a constant rather than a computed figure.
                .number(Double(df.regression), format: .integer),
                figure(formulas.regressionSS, ss.regression),
                figure(formulas.regressionMS, ratio(ss.regression, df.regression)),
                figure(formulas.f, figures.f),
                pValue(formulas.significanceF, figures.significanceF),
            ]),
            .init(R.residual.text(language), [
                figure(formulas.residualDFFormula, Double(df.residual), format: .integer),
                figure(formulas.residualSS, ss.residual),
                figure(formulas.residualMS, ratio(ss.residual, df.residual)),
            ]),
            .init(R.total.text(language), [
                figure(formulas.totalDF, Double(df.total), format: .integer),
                figure(formulas.totalSS, ss.total),
            ]),
        ])
    }

    static func coefficients(_ language: Language, _ formulas: RegressionFormulas, _ figures: any RegressionFigures,
                             xNames: [String]) -> ReportTable {
        let level = figures.confidenceLevel
        let headers = [R.coefficients.text(language), R.coefficientStandardError.text(language), R.tStat.text(language),
                       R.pValue.text(language),
                       Labels.lowerBound(0.95, decimals: 0, language), Labels.upperBound(0.95, decimals: 0, language),
                       Labels.lowerBound(level, decimals: 1, language), Labels.upperBound(level, decimals: 1, language)]
        let names = [R.intercept.text(language)] + xNames
        let rows = figures.coefficients.enumerated().map { term, coefficient in
            ReportTable.Row(term < names.count ? names[term] : Labels.xVariable(term, language),
                            coefficientCells(term: term, coefficient, formulas, level: level))
        }
        return ReportTable(columnHeaders: [""] + headers, rows: rows)
    }

    private static func coefficientCells(term: Int, _ c: CoefficientFigures, _ formulas: RegressionFormulas,
                                         level: Double) -> [ReportCell?] {
        guard let standardError = formulas.standardError(term: term) else {
            // The intercept of a model forced through the origin: 0, then #N/A, as the ToolPak prints.
            return [.number(0)] + Array(repeating: ReportCell(.value(.error(.notAvailable))), count: 7)
        }
        return [
            FigureCell.make(formulas.coefficient(term: term), c.estimate, format: .significant(c.estimate ?? 0),
                            undefined: .notAvailable),
            figure(standardError, c.standardError),
            formulas.tStat(term: term).map { figure($0, c.t) },
            formulas.pValue(term: term).map { pValue($0, c.p) },
            formulas.lowerBound(term: term, level: 0.95).map { figure($0, c.lower95) },
            formulas.upperBound(term: term, level: 0.95).map { figure($0, c.upper95) },
            formulas.lowerBound(term: term, level: level).map { figure($0, c.lowerAtLevel) },
            formulas.upperBound(term: term, level: level).map { figure($0, c.upperAtLevel) },
        ]
    }

    static func residualOutput(_ language: Language, _ formulas: RegressionFormulas, _ figures: any RegressionFigures,
                               yName: String, top: Int) -> [ReportBlock] {
        let predictedFormat = NumberFormat.significant(largestMagnitude(figures.predicted))
        let residualFormat = NumberFormat.significant(largestMagnitude(figures.residuals))
        let predicted = figures.predicted, residuals = figures.residuals, standardResiduals = figures.standardResiduals
        let headers = [R.observation.text(language), Labels.predicted(yName, language), R.residuals.text(language),
                       R.standardResiduals.text(language)]
        // One row per observation, made as it is written (`RowRun`): a million rows held as cells took gigabytes.
        let table = ReportTable.run(columnHeaders: headers, rowCount: figures.observationCount, valueColumns: 3) { index in
            let observation = index + 1
            return ReportTable.Row(labelCell: .number(Double(observation), format: .integer), [
                figure(formulas.predicted(observation: observation), element(predicted, index), format: predictedFormat),
                figure(formulas.residual(observation: observation), element(residuals, index), format: residualFormat),
                figure(formulas.standardResidual(observation: observation), element(standardResiduals, index),
                       format: .decimals(4)),
            ])
        }
        return [
            ReportBlock(at: CellAddress(row: top, column: 0), .cells([PositionedCell(CellAddress(row: 0, column: 0),
                                                                                      .text(R.residualOutput.text(language)))])),
            ReportBlock(at: CellAddress(row: top + 1, column: 0), .rows(table)),
        ]
    }

    static func probabilityOutput(_ language: Language, _ formulas: RegressionFormulas, _ figures: any RegressionFigures,
                                  yName: String, top: Int) -> [ReportBlock] {
        let n = figures.observationCount
        let yFormat = NumberFormat.significant(largestMagnitude(figures.sortedY))
        let sortedY = figures.sortedY
        let table = ReportTable.run(columnHeaders: [R.percentile.text(language), yName], rowCount: n, valueColumns: 1) { index in
            let rank = index + 1
            let percentile = 100 * (Double(rank) - 0.5) / Double(n)
            return ReportTable.Row(labelCell: figure(formulas.percentile(rank: rank), percentile, format: .decimals(4)),
                                   [OrderStatistics.cell(figure(formulas.sortedY(rank: rank), element(sortedY, index), format: yFormat),
                                                        rows: sortedY.count)])
        }
        return [
            ReportBlock(at: CellAddress(row: top, column: probabilityColumn),
                        .cells([PositionedCell(CellAddress(row: 0, column: 0), .text(R.probabilityOutput.text(language)))])),
            ReportBlock(at: CellAddress(row: top + 1, column: probabilityColumn), .rows(table)),
        ]
    }

    /// The one `{=LINEST(y, X, const, TRUE)}` every figure of the sheet reads, under the heading `LINEST` at `origin`.
    /// The array formula fills 5 × (k + 1) cells; the cells after its first hold our figures as plain values in
    /// LINEST's places (coefficients and standard errors last term first, intercept last; R² and the standard
    /// error; F and the residual df; the regression and residual SS). Cells where LINEST gives `#N/A` are left to
    /// the writer's zero padding, because an error value there would need a formula of its own inside the array.
    static func linestBlock(_ formulas: RegressionFormulas, _ figures: any RegressionFigures, at origin: CellAddress) -> ReportBlock {
        let k = formulas.predictorCount
        let coefficients = figures.coefficients
        let term = { (column: Int) in column == k ? 0 : k - column }
        var values: [[Double?]] = [
            (0...k).map { term($0) < coefficients.count ? coefficients[term($0)].estimate : nil },
            (0...k).map { term($0) < coefficients.count ? coefficients[term($0)].standardError : nil },
            [figures.rSquare, figures.standardError],
            [figures.f, Double(figures.degreesOfFreedom.residual)],
            [figures.sumsOfSquares.regression, figures.sumsOfSquares.residual],
        ]
        if !figures.hasIntercept { values[1][k] = nil }
        var cells = [PositionedCell(CellAddress(row: 0, column: 0), .text("LINEST", style: .header))]
        for (row, line) in values.enumerated() {
            for (column, value) in line.enumerated() {
                guard let value, value.isFinite else { continue }
                let address = CellAddress(row: 1 + row, column: column)
                cells.append(PositionedCell(address, row == 0 && column == 0
                                            ? .formula(formulas.linestArray, cached: value, format: .significant(value))
                                            : .number(value, format: .significant(value))))
            }
        }
        return ReportBlock(at: origin, .cells(cells))
    }

    // MARK: Cells

    private static func figure(_ formula: Formula, _ value: Double?, format: NumberFormat? = nil) -> ReportCell {
        FigureCell.make(formula, value, format: format ?? .significant(value ?? 0), undefined: .divisionByZero)
    }

    private static func pValue(_ formula: Formula, _ value: Double?) -> ReportCell {
        let significant = value.map { $0 < highlightedP } ?? false
        return FigureCell.make(formula, value, format: .pValue, undefined: .divisionByZero,
                               style: significant ? CellStyle(role: .emphasis) : .body)
    }

    private static func ratio(_ numerator: Double, _ denominator: Int) -> Double? {
        denominator > 0 ? numerator / Double(denominator) : nil
    }

    private static func element(_ values: [Double], _ index: Int) -> Double? {
        index < values.count ? values[index] : nil
    }

    private static func largestMagnitude(_ values: [Double]) -> Double {
        values.map(abs).filter(\.isFinite).max() ?? 0
    }
}
