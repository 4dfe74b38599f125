import Analysis

/// The result workbook of `bunseki correl` and `bunseki covariance`: the data sheet, the Correlation
/// and Covariance sheets (the tool asked for first) and the Reading sheet.
public enum AssociationWorkbook {
    /// Which sheet comes first.
    public enum Tool: Sendable {
        case correlation, covariance
    }

    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - columns: the variables, values in data-row order (nil for a missing cell); every row is kept,
    ///     since each pair uses the rows complete in both of its columns, as `CORREL` does.
    ///   - matrix: computed from these columns, in the same order.
    public static func document(language: Language, tool: Tool, sourceRows: [Int], columns: [DataColumn],
                                matrix: CorrelationMatrix, title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        let correlation = CorrelationLayout(language: language, matrix: matrix, ranges: data.columnRanges,
                                            values: columns.map(\.values)).sheet
        let covariance = CovarianceLayout(language: language, matrix: matrix, ranges: data.columnRanges).sheet
        let reading = CorrelationReading(language: language, matrix: matrix)
        let tools = tool == .correlation ? [correlation, covariance] : [covariance, correlation]
        return ReportDocument(sheets: [data.sheet] + tools
                              + [ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings)],
                              properties: .init(title: title))
    }
}
