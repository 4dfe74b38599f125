import Analysis

/// The result workbook of `bunseki crosstab`: the data sheet of the two category columns, the Cross
/// tabulation sheet and the Reading sheet.
public enum CrossTabWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - rows: the column whose categories label the table's rows (nil for a blank cell).
    ///   - columns: the column whose categories label the table's columns.
    ///   - table: tabulated from these two columns.
    public static func document(language: Language, sourceRows: [Int], rows: CategoryDataSheet.Column,
                                columns: CategoryDataSheet.Column, table: CrossTabulation, title: String = "") -> ReportDocument {
        let data = CategoryDataSheet(language: language, sourceRows: sourceRows, columns: [rows, columns])
        let reading = CrossTabReading(language: language, table: table, rowName: rows.name, columnName: columns.name)
        return ReportDocument(sheets: [
            data.sheet,
            CrossTabLayout(language: language, table: table, rowName: rows.name, columnName: columns.name,
                           rows: data.columnRanges[0], columns: data.columnRanges[1]).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
