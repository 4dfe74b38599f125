import Analysis

/// The result workbook of `bunseki logistic`: the data sheet, the logistic regression sheet and the
/// Reading sheet.
public enum LogisticWorkbook {
    /// Builds the document from a finished fit (separation is for the caller to report).
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - columns: the outcome, then the predictors, one value per data row (nil for a missing cell).
    ///   - outcome: how a text outcome was coded; nil for a 0/1 column.
    ///   - categories: text predictors entered as indicators.
    ///   - title: stored in the file's properties (e.g. the input file's name).
    public static func document(language: Language, sourceRows: [Int], columns: [DataColumn], fit: LogisticRegression,
                                outcome: BinaryOutcome? = nil, categories: [DummyCoding] = [],
                                title: String = "") -> ReportDocument {
        let reading = LogisticReading(language: language, fit: fit, outcome: outcome, categories: categories)
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        return ReportDocument(sheets: [
            data.sheet,
            LogisticLayout(language: language, fit: fit, sourceRows: sourceRows, columns: columns, ranges: data.columnRanges).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
