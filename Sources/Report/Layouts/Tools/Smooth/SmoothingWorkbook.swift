import Analysis

/// The result workbook of `bunseki smooth`: the data sheet, the ToolPak's Moving Average or
/// Exponential Smoothing sheet with its chart, and the Reading sheet.
public enum SmoothingWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each value.
    ///   - name: the column's name.
    ///   - series: `method.smooth` of the values in time order, without gaps.
    ///   - title: stored in the file's properties (e.g. the input file's name).
    public static func document(language: Language, sourceRows: [Int], name: String, method: SmoothingMethod,
                                series: SmoothedSeries, title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows,
                                   columns: [DataColumn(name: name, values: series.actual)])
        let reading = SmoothingReading(language: language, name: name, method: method, series: series)
        return ReportDocument(sheets: [
            data.sheet,
            SmoothingLayout(language: language, name: name, data: data.columnRanges[0], method: method, series: series).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
