import Analysis
import Foundation
import Report
import Tabular

/// The ToolPak's Regression (回帰分析) by least squares: text predictors as 0/1 indicators, optionally a polynomial
/// in one column, robust standard errors beside the usual ones.
package struct RegressProcedure: Procedure {
    /// The response column.
    package var y: String
    /// Predictor columns, comma-separated.
    package var x: String
    /// Reference levels of text predictors, as COLUMN=LEVEL.
    package var reference: [String] = []
    package var noIntercept = false
    /// A polynomial of this degree in the one `x` column.
    package var degree: Int?
    /// Confidence level of the coefficient intervals, in percent (95 is always shown too).
    package var confidence: Double = 95
    package var robust: StandardErrorKind?
    /// `--order 列=A,B,C` choices (`CategoryOrder`): the indicators' order, the first level the reference.
    package var order: [String] = []

    package init(y: String, x: String, reference: [String] = [], noIntercept: Bool = false, degree: Int? = nil,
                 confidence: Double = 95, robust: StandardErrorKind? = nil, order: [String] = []) {
        (self.y, self.x, self.reference, self.noIntercept) = (y, x, reference, noIntercept)
        (self.degree, self.confidence, self.robust, self.order) = (degree, confidence, robust, order)
    }

    /// The highest `degree`: beyond 10 even exact powers of typical data are ill-conditioned past use (NIST's
    /// Filip, degree 10, is the hardest certified case).
    package static let maximumDegree = 10

    package func validate() throws {
        _ = try CategoryOrder.parse(order)
        if let degree {
            try OptionValue.require(Double(degree), option: "--degree", in: .between(1, Self.maximumDegree))
        }
    }

    /// The model fitted: the result value every front end and the exercises' answer keys read.
    package struct Fit {
        package let selection: NumericSelection
        /// The predictors as the model takes them (text predictors as their 0/1 indicators).
        package let predictors: [Variable]
        package let categories: [DummyCoding]
        package let result: RegressionResult
        /// The confidence level asked for, as a fraction.
        package let level: Double
        package let robustCoefficients: [CoefficientInference?]?

        /// The data rows the fit used (indices into `selection.rowNumbers`): those complete in every column.
        package var usedRows: [Int] {
            CompleteCases.keptIndices(rowCount: selection.rowNumbers.count, dropped: result.droppedRows)
        }

        /// The sheet row numbers of the rows used.
        package var sourceRows: [Int] { CompleteCases.kept(selection.rowNumbers, dropped: result.droppedRows) }

        /// The response and the predictors on the rows used, as the result workbook's data sheet shows them; with
        /// no row dropped the analysed columns themselves, shared rather than copied (16 MB a million-row column).
        package var usedColumns: [DataColumn] {
            ([selection.variables[0]] + predictors).map { variable in
                DataColumn(name: variable.name, values: CompleteCases.kept(variable.values, dropped: result.droppedRows))
            }
        }
    }

    /// Chooses the columns, codes text predictors and fits the model.
    package func analyse(_ input: ToolInput) throws -> Fit {
        let table = input.table
        let yColumn = try table.requireColumn(y)
        // A text response (はい/いいえ) would leave no complete row; say what it is and which tool takes it.
        if yColumn.type == .text, !yColumn.values.contains(where: { $0.numeric != nil }) {
            throw yColumn.textColumnError(file: input.file, sheet: table.sheetName, response: true)
        }
        let xColumns = try ColumnList.split(x).map { try table.requireColumn($0) }
        if degree != nil, xColumns.count != 1 || xColumns[0].type == .text {
            throw ProcedureError.polynomialPredictor(given: xColumns.map(\.name))
        }
        let selection = try NumericSelection(table: table, columns: [y] + CodedPredictors.numericNames(xColumns),
                                             file: input.file)
        let coded = try CodedPredictors(columns: xColumns, numeric: selection.variables.dropFirst(), references: reference,
                                        order: CategoryOrder(order, table: table, file: input.file))
        let (predictors, categories) = (coded.variables, coded.categories)
        let level = try ConfidencePercent.level(confidence)
        let levels = level == 0.95 ? [0.95] : [0.95, level]
        let fit = try degree.map {
            try LinearRegression.polynomial(response: selection.variables[0], x: predictors[0], degree: $0,
                                            intercept: !noIntercept, confidenceLevels: levels, rowLabels: selection.rowLabels)
        } ?? LinearRegression.fit(response: selection.variables[0], predictors: predictors,
                                  intercept: !noIntercept, confidenceLevels: levels, rowLabels: selection.rowLabels)
        let robustInference = try robust.map { try fit.inference($0, confidenceLevels: levels) }
        return Fit(selection: selection, predictors: predictors, categories: categories, result: fit, level: level,
                   robustCoefficients: robustInference)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let analysed = try analyse(input)
        let (selection, categories, fit, level) = (analysed.selection, analysed.categories, analysed.result, analysed.level)
        let outcome = CommandOutcome(file: input.file, sheet: input.sheet, tool: "regress",
                                     body: RegressOutcome(fit: fit, categories: categories, degree: degree, robust: robust,
                                                          robustCoefficients: analysed.robustCoefficients),
                                     selection: selection)
        return ProcedureResult(analysis: "regress", json: outcome, document: {
            let columns = analysed.usedColumns
            return try RegressionWorkbook.document(
                language: language, sourceRows: analysed.sourceRows, response: columns[0],
                predictors: Array(columns.dropFirst()), result: fit, confidenceLevel: level,
                droppedRowCount: fit.droppedRows.count, categories: categories, polynomialDegree: degree,
                title: input.fileName)
        }, text: { RegressText(outcome: outcome, language: language).render(writtenTo: $0) })
    }
}

/// What `regress --json` prints (docs/JSON.md).
package struct RegressOutcome: Encodable {
    package let regression: RegressionResult
    /// Text predictors as indicators: the column, its reference level and the other levels.
    package let categories: [DummyCoding]
    /// The polynomial's degree (absent without one).
    package let degree: Int?
    package let robustStandardErrors: String?
    package let robustCoefficients: [CoefficientInference?]?

    package init(fit: RegressionResult, categories: [DummyCoding], degree: Int? = nil,
                 robust: StandardErrorKind?, robustCoefficients: [CoefficientInference?]?) {
        self.categories = categories
        self.degree = degree
        regression = fit
        robustStandardErrors = robust.map { "\($0)" }
        self.robustCoefficients = robustCoefficients
    }
}
