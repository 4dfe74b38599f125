import Analysis

/// The result workbook of `bunseki describe`: the data sheet, the ToolPak's Descriptive Statistics
/// sheet, a histogram per column and the Reading sheet.
public enum DescribeWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - columns: the analysed columns, values in data-row order (nil for a missing cell).
    ///   - statistics: one result per column, in the same order (from `DescriptiveStatistics.compute`).
    ///   - shapiroWilk: when given, one Shapiro–Wilk result per column (nil where the test does not apply),
    ///     shown as a line below the ToolPak's rows (`bunseki describe`).
    ///   - title: stored in the file's properties (e.g. the input file's name).
    public static func document(language: Language, sourceRows: [Int], columns: [DataColumn],
                                statistics: [DescriptiveStatistics], shapiroWilk: [ShapiroWilk?]? = nil,
                                title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        let figures: [any DescriptiveFigures] = shapiroWilk.map { tests in
            zip(statistics, tests).map { WithShapiroWilk(statistics: $0, test: $1) }
        } ?? statistics
        let described = zip(columns, zip(data.columnRanges, figures)).map { column, rangeAndResult in
            (name: column.name, range: rangeAndResult.0, figures: rangeAndResult.1)
        }
        let histograms = zip(columns, data.columnRanges).map { column, range in
            HistogramLayout.Variable(name: column.name, range: range, values: column.values.compactMap { $0 },
                                     dates: column.isDate ? DateBins(serials: column.values.compactMap { $0 }) : nil)
        }
        return ReportDocument(sheets: [
            data.sheet,
            DescriptiveLayout(language: language, variables: described, dataDecimals: data.columnDecimals,
                              dates: columns.map(\.isDate)).sheet,
            HistogramLayout(language: language, variables: histograms).sheet,
            DescribeReading(language: language, sourceRows: sourceRows,
                            columns: zip(columns, statistics).map {
                                .init(name: $0.name, values: $0.values, statistics: $1, isDate: $0.isDate)
                            }).sheet,
        ], properties: .init(title: title))
    }
}

/// A column's descriptive statistics with the Shapiro–Wilk line `describe` adds.
private struct WithShapiroWilk: DescriptiveFigures {
    let statistics: DescriptiveStatistics
    let test: ShapiroWilk?

    func value(of statistic: Labels.Descriptive) -> Double? { statistics.value(of: statistic) }
    var largest: (k: Int, value: Double?)? { statistics.largest }
    var smallest: (k: Int, value: Double?)? { statistics.smallest }
    var confidence: (level: Double, halfWidth: Double?)? { statistics.confidence }
    var shapiroWilk: (w: Double?, p: Double?)? { (test?.w, test?.pValue) }
}
