import Analysis

/// The Reading / 解釈 sheet: what a regression says in plain words, in the data's own terms, and the
/// warnings that apply.
public struct ReadingLayout: Sendable {
    /// Below this many observations per coefficient the estimates are called unstable (a common rule of thumb).
    public static let observationsPerCoefficient = 10
    /// VIF above this is flagged (the usual rule of thumb; toolpak.md §6).
    public static let varianceInflationLimit = 10.0
    /// |standard residual| above this is flagged as a possible outlier.
    public static let standardResidualLimit = 3.0
    /// Significance level used in the sentences.
    public static let significanceLevel = 0.05
    /// Width of the sentence column in character units: about a screen's width, so sentences wrap
    /// into a few lines instead of running off to the right.
    static let sentenceColumnWidth = 100.0

    /// The sheet.
    public let sheet: ReportSheet

    /// Writes the reading of a regression.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each observation, to name rows in warnings.
    ///   - droppedRowCount: rows left out for missing values.
    ///   - varianceInflation: VIF per predictor (nil entries or an empty list when not computed).
    ///   - categories: categorical predictors entered as indicators; their coefficients read as differences
    ///     from the reference level rather than as slopes.
    ///   - polynomialDegree: for a polynomial in one variable (`xNames` are then its terms x, x^2, …), its
    ///     degree K ≥ 2: the model is read as a curve and by its highest term, not term by term.
    public init(language: Language, figures: any RegressionFigures, yName: String, xNames: [String],
                sourceRows: [Int] = [], droppedRowCount: Int = 0, varianceInflation: [Double?] = [],
                categories: [DummyCoding] = [], polynomialDegree: Int? = nil) {
        if let degree = polynomialDegree, degree >= 2, let x = xNames.first {
            sheet = Self.polynomialSheet(language: language, figures: figures, yName: yName, x: x, terms: xNames,
                                         degree: degree, sourceRows: sourceRows, droppedRowCount: droppedRowCount)
            return
        }
        var findings = [ReadingSentences.coefficientHypotheses(term: nil, language),
                        ReadingSentences.decisionRule(.association, level: "5%", language)]
        var indicatorLevels: [String: (coding: DummyCoding, level: String)] = [:]
        for coding in categories {
            for level in coding.levels {
                indicatorLevels[DummyCoding.indicatorName(variable: coding.variable, level: level)] = (coding, level)
            }
        }
        let predictorRows = Array(figures.coefficients.dropFirst())
        for (index, coefficient) in predictorRows.enumerated() {
            guard let estimate = coefficient.estimate, let p = coefficient.p, index < xNames.count else { continue }
            let pText = ReadingSentences.pValue(Self.decimals(p, 3), isBelowThousandth: p < 0.001)
            let significant = p < Self.significanceLevel
            if let (coding, level) = indicatorLevels[xNames[index]] {
                findings.append(ReadingSentences.categoryDifference(
                    variable: coding.variable, level: level, reference: coding.reference, response: yName,
                    difference: Self.number(abs(estimate)), higher: estimate >= 0, p: pText, significant: significant,
                    othersHeldFixed: xNames.count > 1, language))
            } else {
                findings.append(ReadingSentences.coefficient(
                    predictor: xNames[index], response: yName, slope: Self.number(abs(estimate)), increases: estimate >= 0,
                    p: pText, significant: significant, othersHeldFixed: xNames.count > 1, language))
            }
            if let lower = coefficient.lower95, let upper = coefficient.upper95, lower.isFinite, upper.isFinite {
                let contains = lower <= 0 && 0 <= upper
                findings.append(ReadingSentences.interval(
                    ReadingSentences.coefficientName(xNames[index], language), level: "95%", lower: Self.number(lower),
                    upper: Self.number(upper), nullValue: "0", containsNull: contains,
                    largest: contains ? Self.number(max(abs(lower), abs(upper))) : nil, language))
            }
        }
        findings += Self.rSquareFinding(figures, yName: yName, language)

        var warnings = Self.modelWarnings(language, figures: figures)
        for (index, vif) in varianceInflation.enumerated() {
            guard let vif, vif > Self.varianceInflationLimit, index < xNames.count else { continue }
            warnings.append(ReadingSentences.highVarianceInflation(
                predictor: xNames[index], vif: Self.decimals(vif, 1), threshold: Self.decimals(Self.varianceInflationLimit, 0), language))
        }
        warnings += Self.observationWarnings(language, figures: figures, sourceRows: sourceRows, droppedRowCount: droppedRowCount)
        sheet = Self.sheet(language: language, findings: findings, warnings: warnings)
    }

    /// The reading of a polynomial: the model as a curve, the test of its highest term, R²; the powers'
    /// collinearity in place of VIF warnings (it is built in), and the missing chart curve above order 6.
    private static func polynomialSheet(language: Language, figures: any RegressionFigures, yName: String, x: String,
                                        terms: [String], degree: Int, sourceRows: [Int], droppedRowCount: Int) -> ReportSheet {
        var findings = [ReadingSentences.polynomialModel(response: yName, predictor: x, degree: degree, terms: terms, language),
                        ReadingSentences.coefficientHypotheses(term: terms.last, language),
                        ReadingSentences.decisionRule(.association, level: "5%", language)]
        if let highest = figures.coefficients.last, figures.coefficients.count > 1, let p = highest.p, let term = terms.last {
            findings.append(ReadingSentences.highestPolynomialTerm(
                term, degree: degree, p: ReadingSentences.pValue(decimals(p, 3), isBelowThousandth: p < 0.001),
                significant: p < significanceLevel, language))
        }
        findings += rSquareFinding(figures, yName: yName, language)
        var warnings = modelWarnings(language, figures: figures)
        warnings.append(ReadingSentences.polynomialCollinearity(predictor: x, language))
        if !ChartSpec.Series.polynomialTrendlineOrders.contains(degree) {
            warnings.append(ReadingSentences.noTrendlineAboveSix(degree: degree, language))
        }
        warnings += observationWarnings(language, figures: figures, sourceRows: sourceRows, droppedRowCount: droppedRowCount)
        return sheet(language: language, findings: findings, warnings: warnings)
    }

    private static func rSquareFinding(_ figures: any RegressionFigures, yName: String, _ language: Language) -> [String] {
        guard let r2 = figures.rSquare else { return [] }
        return [ReadingSentences.rSquare(decimals(r2, 2), percent: decimals(r2 * 100, 0) + "%", response: yName, language)]
    }

    /// Warnings about the model as a whole: no intercept, too few observations per coefficient.
    private static func modelWarnings(_ language: Language, figures: any RegressionFigures) -> [String] {
        var warnings: [String] = []
        if !figures.hasIntercept { warnings.append(ReadingSentences.uncenteredRSquare(language)) }
        let parameters = figures.coefficients.count - (figures.hasIntercept ? 0 : 1)
        let advisable = observationsPerCoefficient * parameters
        if figures.observationCount < advisable {
            warnings.append(ReadingSentences.smallSample(observations: figures.observationCount, parameters: parameters,
                                                         advisable: advisable, language))
        }
        return warnings
    }

    /// Warnings about observations: large standard residuals, rows dropped; always "association is not cause".
    private static func observationWarnings(_ language: Language, figures: any RegressionFigures, sourceRows: [Int],
                                            droppedRowCount: Int) -> [String] {
        var warnings: [String] = []
        // The largest |standard residual| first, at most ReadingList.limit of them; the rest are counted.
        let large = figures.standardResiduals.enumerated().filter { abs($0.element) > standardResidualLimit }
        let shown = large.sorted { (abs($0.element), -$0.offset) > (abs($1.element), -$1.offset) }.prefix(ReadingList.limit)
        for (index, residual) in shown.sorted(by: { $0.offset < $1.offset }) {
            warnings.append(ReadingSentences.largeStandardResidual(
                observation: index + 1, sourceRow: index < sourceRows.count ? sourceRows[index] : nil,
                value: decimals(residual, 2), language))
        }
        if large.count > shown.count {
            warnings.append(ReadingList.moreLargeResiduals(large.count - shown.count, limit: standardResidualLimit, language))
        }
        if droppedRowCount > 0 { warnings.append(ReadingSentences.rowsDropped(droppedRowCount, language)) }
        warnings.append(Labels.Notes.associationIsNotCause.text(language))
        return warnings
    }

    /// A Reading sheet of any analysis: the findings in plain words, then the warnings under their heading.
    public static func sheet(language: Language, findings: [String], warnings: [String]) -> ReportSheet {
        let warningsTop = warningsRow(findingCount: findings.count)
        return ReportSheet(name: Labels.Common.readingSheet.text(language), blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(ReadingSentences.title(language))),
            ReportBlock(at: CellAddress(row: 2, column: 0), .paragraphs(findings)),
            ReportBlock(at: CellAddress(row: warningsTop, column: 0), .cells([
                PositionedCell(CellAddress(row: 0, column: 0), .text(Labels.Notes.warningsHeading.text(language), style: CellStyle(role: .emphasis))),
            ])),
            ReportBlock(at: CellAddress(row: warningsTop + 1, column: 0), .paragraphs(warnings)),
        ], options: SheetOptions(minimumColumnWidths: [0: Self.sentenceColumnWidth]))
    }

    /// The warnings' heading sits one blank row below the findings, which start in row 3.
    private static func warningsRow(findingCount: Int) -> Int { 2 + findingCount + 1 }

    /// A figure with 3 significant digits, as a person would quote it.
    private static func number(_ value: Double) -> String {
        NumberFormat.significant(value, digits: 3).approximateDisplay(of: value)
    }

    private static func decimals(_ value: Double, _ places: Int) -> String {
        NumberFormat.decimals(places).approximateDisplay(of: value)
    }
}
