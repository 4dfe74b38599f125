import Analysis

/// The result workbook of `bunseki smooth`: the data sheet, the ToolPak's Moving Average or
/// Exponential Smoothing sheet with its chart, and the Reading sheet.
public enum SmoothingWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each value.
    ///   - name: the column's name.
    ///   - values: the series in time order, without gaps.
    ///   - title: stored in the file's properties (e.g. the input file's name).
    /// - Throws: `AnalysisError` when the method's parameter is out of range or there are too few values.
    public static func document(language: Language, sourceRows: [Int], name: String, values: [Double],
                                method: SmoothingMethod, title: String = "") throws -> ReportDocument {
        let series = try method.smooth(values)
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: [DataColumn(name: name, values: values)])
        let reading = SmoothingReading(language: language, name: name, method: method, series: series)
        return ReportDocument(sheets: [
            data.sheet,
            SmoothingLayout(language: language, name: name, data: data.columnRanges[0], method: method, series: series).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
