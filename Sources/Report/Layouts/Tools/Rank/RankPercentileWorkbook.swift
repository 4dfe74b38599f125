import Analysis

/// The result workbook of `bunseki rank`: the data sheet, the ToolPak's Rank and Percentile sheet and
/// the Reading sheet.
public enum RankPercentileWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each value.
    ///   - values: the ranked values in input order, without gaps.
    ///   - ranking: `RankAndPercentile.compute` of those values.
    ///   - title: stored in the file's properties (e.g. the input file's name).
    public static func document(language: Language, sourceRows: [Int], values: [Double], ranking: RankAndPercentile,
                                title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows,
                                   columns: [DataColumn(name: ranking.name, values: values)])
        let reading = RankPercentileReading(language: language, ranking: ranking)
        return ReportDocument(sheets: [
            data.sheet,
            RankPercentileLayout(language: language, data: data.columnRanges[0], ranking: ranking).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
