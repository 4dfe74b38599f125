import Analysis
import Foundation

/// The logistic regression sheet: coefficients with standard errors, z, p and odds ratios with their
/// interval; the model's fit with the likelihood-ratio test and McFadden's R²; the classification
/// table at the 0.5 cut-off. The estimates and their standard errors come from the IRLS fit (Excel has no
/// function for them); every figure derived from them is a live formula, the log-likelihoods and the
/// classification counts included (over the fitted probabilities, themselves formulas of the coefficient cells).
public struct LogisticLayout: Sendable {
    /// Sheet row of the coefficient table's header.
    static let coefficientRow = 2

    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out the sheet for a fit whose first coefficient is the intercept. With the data sheet's
    /// columns (outcome, then one per predictor coefficient) and their values, a table right of the others
    /// gives each complete row's fitted probability as a live formula of the coefficient cells.
    public init(language: Language, fit: LogisticRegression, sourceRows: [Int] = [], columns: [DataColumn] = [],
                ranges: [CellRange] = []) {
        let name = Labels.Logistic.sheet.text(language)
        let fitRow = Self.coefficientRow + fit.coefficients.count + 2
        let classificationRow = fitRow + 11
        let fitted = Self.fittedProbabilities(language, fit, sourceRows: sourceRows, columns: columns, ranges: ranges)
        // The fitted table's columns (observed, probability), right of the others, when it holds every row the fit used:
        // then the counts, the log-likelihoods and the classification are formulas over it.
        let head = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("\(Labels.Logistic.title.text(language)): \(fit.outcomeName)")),
            ReportBlock(at: CellAddress(row: Self.coefficientRow, column: 0), .table(Self.coefficients(language, fit))),
        ]
        let fittedColumn = ChartPlacement.columnRight(of: head)
        let live = fitted.flatMap { table -> FittedColumns? in
            guard table.rows == fit.observations else { return nil }
            let rows = (Self.coefficientRow + 1)...(Self.coefficientRow + table.rows)
            let range = { (column: Int) in
                CellAddress(row: rows.lowerBound, column: column).a1(absolute: true) + ":"
                    + CellAddress(row: rows.upperBound, column: column).a1(absolute: true)
            }
            return FittedColumns(observed: range(fittedColumn + 1), probability: range(fittedColumn + 2))
        }
        var blocks = head + [
            ReportBlock(at: CellAddress(row: fitRow, column: 0), .table(Self.modelFit(language, fit, firstRow: fitRow + 1, live: live))),
            ReportBlock(at: CellAddress(row: classificationRow, column: 0),
                        .table(Self.classification(language, fit.classification, firstRow: classificationRow + 1, live: live))),
        ]
        if let fitted {
            blocks.append(ReportBlock(at: CellAddress(row: Self.coefficientRow, column: fittedColumn), .rows(fitted.run)))
        }
        sheet = ReportSheet(name: name, blocks: blocks)
    }

    /// The fitted table's observed 0/1 and fitted probability columns, as absolute ranges.
    struct FittedColumns {
        let observed: String
        let probability: String
    }

    /// Row number, observed outcome and fitted probability 1/(1+EXP(−(b0 + b1·x1 + …))) of each complete data row,
    /// the coefficients read from their cells so that an edited coefficient shows its effect, and how many rows it
    /// has; nil when the columns do not match the coefficients (one column per predictor term after the outcome).
    /// The rows are made as they are written (`RowRun`): a long table held as cells took gigabytes.
    private static func fittedProbabilities(_ language: Language, _ fit: LogisticRegression, sourceRows: [Int],
                                            columns: [DataColumn], ranges: [CellRange]) -> (run: RowRun, rows: Int)? {
        guard !sourceRows.isEmpty, columns.count == fit.coefficients.count, ranges.count == columns.count else { return nil }
        let coefficient = { (index: Int) in CellAddress(row: coefficientRow + 1 + index, column: 1).a1(absolute: true) }
        let values = columns.map(\.values)
        let value: @Sendable (Int, Int) -> Double? = { column, index in index < values[column].count ? values[column][index] : nil }
        let complete = sourceRows.indices.filter { index in values.indices.allSatisfy { value($0, index)?.isFinite == true } }
        guard !complete.isEmpty else { return nil }
        let estimates = fit.coefficients.map(\.estimate)
        let termCells = (1..<max(1, columns.count)).map { term in
            (coefficient: coefficient(term), sheet: SheetName.quotedForFormula(ranges[term].sheet) + "!", first: ranges[term].first)
        }
        let intercept = coefficient(0)
        let headers = [Labels.Common.sourceRow.text(language), "\(Labels.Logistic.observed.text(language)) (\(fit.outcomeName))",
                       Labels.Logistic.fittedProbability.text(language)]
        let run = ReportTable.run(columnHeaders: headers, rowCount: complete.count, valueColumns: 2) { row in
            let index = complete[row]
            var linear = estimates[0]
            var terms = [intercept]
            for (offset, term) in termCells.enumerated() {
                linear += estimates[offset + 1] * (value(offset + 1, index) ?? 0)
                terms.append("\(term.coefficient)*\(term.sheet)\(term.first.offset(rows: index).a1())")
            }
            let probability = 1 / (1 + exp(-linear))
            return ReportTable.Row(labelCell: .number(Double(sourceRows[index]), format: .integer), [
                .number(value(0, index) ?? 0, format: .integer),
                .formula(Formula("1/(1+EXP(-(\(terms.joined(separator: "+")))))"), cached: probability, format: .decimals(3)),
            ])
        }
        return (run, complete.count)
    }

    /// Column `column` of sheet row `row`, relative, for formulas within the sheet.
    private static func cell(_ row: Int, _ column: Int) -> String {
        CellAddress(row: row, column: column).a1()
    }

    private static func coefficients(_ language: Language, _ fit: LogisticRegression) -> ReportTable {
        // Wald interval exp(b ∓ z·SE) with z the standard normal (1 + level)/2 quantile.
        let quantile = "NORM.S.INV(\((1 + fit.confidenceLevel) / 2))"
        let rows = fit.coefficients.enumerated().map { index, c in
            let row = coefficientRow + 1 + index
            let (b, se, z) = (cell(row, 1), cell(row, 2), cell(row, 3))
            let label = index == 0 ? Labels.Logistic.intercept.text(language) : c.name
            // Statistics at 4 significant digits and p as in the regression sheet (the policy in NumberFormat.swift).
            let statistic = { (value: Double) in NumberFormat.significant(value) }
            return ReportTable.Row(label, [
                .number(c.estimate, format: statistic(c.estimate)), .number(c.standardError, format: statistic(c.standardError)),
                .formula(Formula("\(b)/\(se)"), cached: c.z, format: statistic(c.z)),
                .formula(Formula("2*NORM.S.DIST(-ABS(\(z)),TRUE)"), cached: c.pValue, format: .pValue),
                .formula(Formula("EXP(\(b))"), cached: c.oddsRatio, format: statistic(c.oddsRatio)),
                .formula(Formula("EXP(\(b)-\(quantile)*\(se))"), cached: c.oddsRatioLower, format: statistic(c.oddsRatioLower)),
                .formula(Formula("EXP(\(b)+\(quantile)*\(se))"), cached: c.oddsRatioUpper, format: statistic(c.oddsRatioUpper)),
            ])
        }
        let headers = [Labels.Logistic.term, .estimate, .standardError, .z, .pValue, .oddsRatio].map { $0.text(language) }
            + [Labels.lowerBound(fit.confidenceLevel, decimals: 1, language), Labels.upperBound(fit.confidenceLevel, decimals: 1, language)]
        return ReportTable(columnHeaders: headers, rows: rows)
    }

    private static func modelFit(_ language: Language, _ fit: LogisticRegression, firstRow: Int, live: FittedColumns?) -> ReportTable {
        let at = { (offset: Int) in cell(firstRow + offset, 1) }
        let (observations, events, logLikelihood, nullLogLikelihood, ratio, df) = (at(0), at(1), at(2), at(3), at(4), at(5))
        let parameters = fit.coefficients.count
        let count = { (value: Int, formula: String?) -> ReportCell in
            formula.map { .formula(Formula($0), cached: Double(value), format: .integer) } ?? .number(Double(value), format: .integer)
        }
        let statistic = { (value: Double, formula: String?) -> ReportCell in
            formula.map { .formula(Formula($0), cached: value, format: .significant(value)) } ?? .number(value, format: .significant(value))
        }
        // Σ ln(p) of the observed outcome: y·p + (1−y)(1−p) is p where y = 1 and 1 − p where y = 0, without IF (which
        // SUMPRODUCT would not evaluate over the rows in Excel 2016 without Ctrl+Shift+Enter).
        let sumOfLogs = live.map { "SUMPRODUCT(LN(\($0.observed)*\($0.probability)+(1-\($0.observed))*(1-\($0.probability))))" }
        // The intercept-only model's probability is the share of events: k·ln(k/n) + (n−k)·ln(1−k/n).
        let nullModel = live.map { _ in "\(events)*LN(\(events)/\(observations))+(\(observations)-\(events))*LN(1-\(events)/\(observations))" }
        let rows: [(Labels.Logistic, ReportCell)] = [
            (.observations, count(fit.observations, live.map { "COUNT(\($0.probability))" })),
            (.events, count(fit.events, live.map { "SUM(\($0.observed))" })),
            (.logLikelihood, statistic(fit.logLikelihood, sumOfLogs)),
            (.nullLogLikelihood, statistic(fit.nullLogLikelihood, nullModel)),
            (.likelihoodRatio, .formula(Formula("2*(\(logLikelihood)-\(nullLogLikelihood))"), cached: fit.likelihoodRatio,
                                        format: .significant(fit.likelihoodRatio))),
            (.degreesOfFreedom, .number(Double(fit.likelihoodRatioDegreesOfFreedom), format: .integer)),
            (.likelihoodRatioPValue, .formula(Formula("CHISQ.DIST.RT(\(ratio),\(df))"), cached: fit.likelihoodRatioPValue, format: .pValue)),
            (.mcFaddenR2, .formula(Formula("1-\(logLikelihood)/\(nullLogLikelihood)"), cached: fit.mcFaddenR2,
                                   format: .significant(fit.mcFaddenR2))),
            (.aic, .formula(Formula("-2*\(logLikelihood)+2*\(parameters)"), cached: fit.aic, format: .significant(fit.aic))),
        ]
        return ReportTable(columnHeaders: [Labels.Logistic.modelFit.text(language), ""],
                           rows: rows.map { ReportTable.Row($0.0.text(language), [$0.1]) })
    }

    private static func classification(_ language: Language, _ table: LogisticRegression.ClassificationTable,
                                       firstRow: Int, live: FittedColumns?) -> ReportTable {
        let predicted = Labels.Logistic.predicted.text(language)
        // Observed y against predicted 1 (p ≥ 0.5) or 0, counted from the fitted table with COUNTIFS when it is there.
        let count = { (value: Int, observed: Int, predictedOne: Bool) -> ReportCell in
            guard let live else { return .number(Double(value), format: .integer) }
            let cut = predictedOne ? "\">=0.5\"" : "\"<0.5\""
            return .formula(Formula("COUNTIFS(\(live.observed),\(observed),\(live.probability),\(cut))"), cached: Double(value), format: .integer)
        }
        let accuracy = Formula("(\(cell(firstRow, 1))+\(cell(firstRow + 1, 2)))/SUM(\(cell(firstRow, 1)):\(cell(firstRow + 1, 2)))")
        return ReportTable(columnHeaders: ["\(Labels.Logistic.classification.text(language)) — \(Labels.Logistic.observed.text(language))",
                                           "\(predicted) 1", "\(predicted) 0"],
                           rows: [
                               ReportTable.Row("1", [count(table.truePositives, 1, true), count(table.falseNegatives, 1, false)]),
                               ReportTable.Row("0", [count(table.falsePositives, 0, true), count(table.trueNegatives, 0, false)]),
                               ReportTable.Row(Labels.Logistic.accuracy.text(language),
                                               [.formula(accuracy, cached: table.accuracy, format: .percent(1))]),
                           ])
    }
}
