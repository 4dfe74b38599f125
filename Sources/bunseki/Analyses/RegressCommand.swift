import Analysis
import ArgumentParser
import Foundation
import Report

/// `bunseki regress FILE --y COL --x COL,COL`: the ToolPak's Regression by least squares, as a result
/// workbook (data sheet, regression output with charts, a plain-language reading) and as text or JSON.
struct RegressCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Linear regression (the ToolPak's 回帰分析) of one column on others, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The response (y) column, by header text or column letter.")
    var y: String

    @Option(name: .long, help: "Predictor (x) columns, comma-separated; a text column (所属) enters as 0/1 indicators.")
    var x: String

    @Option(name: .long, help: "Reference category of a text predictor, as COLUMN=LEVEL (default: its most frequent level).")
    var reference: [String] = []

    @Flag(name: .long, help: "Fit without an intercept (the ToolPak's \"Constant is Zero\").")
    var noIntercept = false

    @Option(name: .long, help: "Fit a polynomial of this degree (1-10) in the one --x column: terms x, x^2, …, x^K, formed exactly from x.")
    var degree: Int?

    @Option(name: .long, help: "Confidence level of the coefficient intervals, in percent (95 is always shown too).")
    var confidence: Double = 95

    @Option(name: .long, help: "Also show heteroskedasticity-robust standard errors: hc1 or hc3.")
    var robust: StandardErrorKind?

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        if let degree {
            try OptionValue.require(Double(degree), option: "--degree", in: .between(1, Self.maximumDegree))
        }
        let table = try input.loadTable().table
        let xColumns = try ColumnList.split(x).map { try table.requireColumn($0) }
        if degree != nil, xColumns.count != 1 || xColumns[0].type == .text {
            throw CLIError.polynomialPredictor(given: xColumns.map(\.name))
        }
        let selection = try NumericSelection(table: table, columns: [y] + CodedPredictors.numericNames(xColumns),
                                             file: input.file)
        let coded = try CodedPredictors(columns: xColumns, numeric: selection.variables.dropFirst(), references: reference)
        let (predictors, categories) = (coded.variables, coded.categories)
        let level = try ConfidencePercent.level(confidence)
        let levels = level == 0.95 ? [0.95] : [0.95, level]
        let fit = try degree.map {
            try LinearRegression.polynomial(response: selection.variables[0], x: predictors[0], degree: $0,
                                            intercept: !noIntercept, confidenceLevels: levels, rowLabels: selection.rowLabels)
        } ?? LinearRegression.fit(response: selection.variables[0], predictors: predictors,
                                  intercept: !noIntercept, confidenceLevels: levels, rowLabels: selection.rowLabels)
        let robustInference = try robust.map { try fit.inference($0, confidenceLevels: levels) }
        let outcome = CommandOutcome(file: input.file, sheet: table.sheetName, tool: "regress",
                                     body: RegressOutcome(fit: fit, categories: categories, degree: degree, robust: robust,
                                                          robustCoefficients: robustInference),
                                     selection: selection)

        var written: URL?
        if !output.json || result.output != nil {
            let dropped = Set(fit.droppedRows.map(\.index))
            let used = selection.rowNumbers.indices.filter { !dropped.contains($0) }
            let columns = ([selection.variables[0]] + predictors).map { variable in
                DataColumn(name: variable.name, values: used.map { variable.values[$0] })
            }
            let document = try RegressionWorkbook.document(
                language: language, sourceRows: used.map { selection.rowNumbers[$0] }, response: columns[0],
                predictors: Array(columns.dropFirst()), result: fit, confidenceLevel: level,
                droppedRowCount: fit.droppedRows.count, categories: categories, polynomialDegree: degree,
                title: input.fileName)
            written = try ResultFile.write(document, input: input.file, options: result, analysis: "regress")
        }
        if output.json {
            try emitJSON(outcome)
        } else {
            emit(RegressText(outcome: outcome, language: language).render(writtenTo: written))
        }
    }
}

extension RegressCommand {
    /// The highest `--degree`: beyond 10 even exact powers of typical data are ill-conditioned past use (NIST's
    /// Filip, degree 10, is the hardest certified case).
    static let maximumDegree = 10
}

extension StandardErrorKind: ExpressibleByArgument {}

/// What `regress --json` prints (docs/JSON.md).
struct RegressOutcome: Encodable {
    let regression: RegressionResult
    /// Text predictors as indicators: the column, its reference level and the other levels.
    let categories: [DummyCoding]
    /// `--degree K`: the polynomial's degree (absent without it).
    let degree: Int?
    let robustStandardErrors: String?
    let robustCoefficients: [CoefficientInference?]?

    init(fit: RegressionResult, categories: [DummyCoding], degree: Int? = nil,
         robust: StandardErrorKind?, robustCoefficients: [CoefficientInference?]?) {
        self.categories = categories
        self.degree = degree
        regression = fit
        robustStandardErrors = robust.map { "\($0)" }
        self.robustCoefficients = robustCoefficients
    }
}
