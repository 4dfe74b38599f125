import Analysis

/// The result workbook of `bunseki describe`: the data sheet, the ToolPak's Descriptive Statistics
/// sheet and a histogram per column.
public enum DescribeWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - columns: the analysed columns, values in data-row order (nil for a missing cell).
    ///   - statistics: one result per column, in the same order (from `DescriptiveStatistics.compute`).
    ///   - title: stored in the file's properties (e.g. the input file's name).
    public static func document(language: Language, sourceRows: [Int], columns: [DataColumn],
                                statistics: [DescriptiveStatistics], title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        let described = zip(columns, zip(data.columnRanges, statistics)).map { column, rangeAndResult in
            (name: column.name, range: rangeAndResult.0, figures: rangeAndResult.1 as any DescriptiveFigures)
        }
        let histograms = zip(columns, data.columnRanges).map { column, range in
            HistogramLayout.Variable(name: column.name, range: range, values: column.values.compactMap { $0 })
        }
        return ReportDocument(sheets: [
            data.sheet,
            DescriptiveLayout(language: language, variables: described).sheet,
            HistogramLayout(language: language, variables: histograms).sheet,
        ], properties: .init(title: title))
    }
}
