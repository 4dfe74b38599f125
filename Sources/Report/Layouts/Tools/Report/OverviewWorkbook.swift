import Analysis

/// The result workbook of `bunseki report`: a first look at a whole sheet. The data sheet, descriptive
/// statistics of every numeric column, frequency tables of the category columns, the correlation matrix
/// shaded by strength, a missing-data summary and a reading.
public enum OverviewWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - numbers: the numeric columns, values in data-row order (nil for a missing cell).
    ///   - statistics: one result per numeric column, in the same order.
    ///   - categories: the text columns, labels in data-row order.
    ///   - matrix: correlations of `numbers` (nil when there are fewer than two); no correlation sheet then.
    ///   - columns: every column of the participant's sheet, for the missing-data summary.
    ///   - identifiers: the columns left out as identifiers (ID, 氏名), named in the reading.
    public static func document(language: Language, sourceRows: [Int], numbers: [DataColumn],
                                statistics: [DescriptiveStatistics], categories: [CategoryDataSheet.Column],
                                matrix: CorrelationMatrix?, columns: [OverviewMissingLayout.Column],
                                identifiers: [String] = [], title: String = "") -> ReportDocument {
        let data = CategoryDataSheet(language: language, sourceRows: sourceRows, numbers: numbers, columns: categories)
        var sheets = [data.sheet]
        if !numbers.isEmpty {
            let described = zip(numbers, zip(data.numberRanges, statistics)).map { column, rangeAndResult in
                (name: column.name, range: rangeAndResult.0, figures: rangeAndResult.1 as any DescriptiveFigures)
            }
            sheets.append(DescriptiveLayout(language: language, variables: described,
                                            dataDecimals: numbers.map { NumberFormat.dataDecimals(of: $0.values.compactMap { $0 }) }).sheet)
        }
        if !categories.isEmpty {
            sheets.append(OverviewFrequencyLayout(language: language, columns: categories, ranges: data.columnRanges).sheet)
        }
        if let matrix {
            sheets.append(CorrelationLayout(language: language, matrix: matrix, ranges: data.numberRanges, values: numbers.map(\.values),
                                            shadedByStrength: true).sheet)
        }
        sheets.append(OverviewMissingLayout(language: language, columns: columns).sheet)
        let reading = OverviewReading(language: language, matrix: matrix, columns: columns, identifiers: identifiers)
        sheets.append(ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings))
        return ReportDocument(sheets: sheets, properties: .init(title: title))
    }
}
