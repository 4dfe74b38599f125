import Analysis

/// The result workbook of `bunseki regress`: the data sheet (y, then the predictors as one block, so
/// `LINEST` can read them), the ToolPak's Regression sheet with its charts, and the Reading sheet.
public enum RegressionWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each observation used (complete rows only).
    ///   - response: y, one value per used row.
    ///   - predictors: the x columns, one value per used row, in the model's term order.
    ///   - result: the fit of `response` on `predictors` (plain linear terms).
    ///   - confidenceLevel: the ToolPak's extra level; the fit must have intervals at it and at 0.95.
    ///   - droppedRowCount: rows left out for missing values, mentioned on the Reading sheet.
    ///   - categories: categorical predictors among `predictors`, as indicator columns (`DummyCoding`).
    ///   - polynomialDegree: for a polynomial fit (`LinearRegression.polynomial`), its degree K ≥ 2: `predictors`
    ///     is then the one raw x column, the terms x … x^K are named after the result's terms, and every
    ///     formula reads them as `x^{1,2,…,K}`.
    /// - Throws: `ReportLayoutError.noPredictors` when `predictors` is empty.
    public static func document(language: Language, sourceRows: [Int], response: DataColumn, predictors: [DataColumn],
                                result: RegressionResult, confidenceLevel: Double = 0.95, droppedRowCount: Int = 0,
                                categories: [DummyCoding] = [], polynomialDegree: Int? = nil,
                                title: String = "") throws(ReportLayoutError) -> ReportDocument {
        guard !predictors.isEmpty else { throw .noPredictors(response: response.name) }
        let degree = polynomialDegree.flatMap { $0 >= 2 && predictors.count == 1 ? $0 : nil }
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: [response] + predictors)
        let firstX = data.columnRanges[1]
        let lastX = data.columnRanges[predictors.count]
        let xBlock = CellRange(sheet: firstX.sheet, first: firstX.first, last: lastX.last)
        let xNames = degree == nil ? predictors.map(\.name) : result.terms.map(\.name)
        let variables = RegressionLayout.Variables(yName: response.name, y: data.columnRanges[0],
                                                   xNames: xNames, x: xBlock, polynomialDegree: degree)
        let figures = RegressionResultFigures(result, confidenceLevel: confidenceLevel)
        let regression = RegressionLayout(language: language, variables: variables, figures: figures,
                                          values: [response] + predictors)
        let reading = ReadingLayout(language: language, figures: figures, yName: response.name,
                                    xNames: xNames, sourceRows: sourceRows,
                                    droppedRowCount: droppedRowCount, varianceInflation: figures.varianceInflation,
                                    categories: categories, polynomialDegree: degree)
        return ReportDocument(sheets: [data.sheet, regression.sheet, reading.sheet], properties: .init(title: title))
    }
}
