import Analysis

/// The result workbook of `bunseki rank`: the data sheet, the ToolPak's Rank and Percentile sheet and
/// the Reading sheet.
public enum RankPercentileWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each value.
    ///   - name: the column's name.
    ///   - values: the values to rank, without gaps.
    ///   - title: stored in the file's properties (e.g. the input file's name).
    /// - Throws: `AnalysisError.tooFewObservations` for no values.
    public static func document(language: Language, sourceRows: [Int], name: String, values: [Double],
                                title: String = "") throws -> ReportDocument {
        let ranking = try RankAndPercentile.compute(Variable(name: name, values: values))
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: [DataColumn(name: name, values: values)])
        let reading = RankPercentileReading(language: language, ranking: ranking)
        return ReportDocument(sheets: [
            data.sheet,
            RankPercentileLayout(language: language, data: data.columnRanges[0], ranking: ranking).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
