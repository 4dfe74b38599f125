import Analysis

/// The result workbook of `bunseki normality`: the data sheet, the normality sheet, the Reading sheet and
/// the Q–Q plots (last, so the figures and their reading come first).
public enum NormalityWorkbook {
    /// Builds the document.
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - columns: the checked columns, values in data-row order (nil for a missing cell).
    ///   - checks: one result per column, in the same order.
    public static func document(language: Language, sourceRows: [Int], columns: [DataColumn], checks: [NormalityCheck],
                                title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        let reading = NormalityReading(language: language, checks: checks)
        let layout = NormalityLayout(language: language, checks: checks, ranges: data.columnRanges,
                                     values: columns.map { $0.values.compactMap { $0 }.filter(\.isFinite) })
        return ReportDocument(sheets: [
            data.sheet,
            layout.summary,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
            layout.quantiles,
        ], properties: .init(title: title))
    }
}
