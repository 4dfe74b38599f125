import Analysis

/// The result workbook of `bunseki anova2 --value COL --factors A,B`: the data sheet (the rows the analysis
/// used: value, then both factors' labels as text), the two-factor ANOVA sheet and the Reading sheet.
public enum LeastSquaresAnovaWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each row given to the analysis.
    ///   - value: the value column, one entry per row.
    ///   - first, second: the factors' labels, one per row.
    ///   - anova: computed from these rows; its dropped rows are left off the data sheet, so the sheet's
    ///     formulas select exactly the rows the analysis used.
    public static func document(language: Language, sourceRows: [Int], value: DataColumn, first: CategoryDataSheet.Column,
                                second: CategoryDataSheet.Column, anova: LeastSquaresTwoWayANOVA,
                                title: String = "") -> ReportDocument {
        let used = CompleteCases.keptIndices(rowCount: sourceRows.count, dropped: anova.droppedRows)
        let pick = { (entries: [String?]) in used.map { entries.indices.contains($0) ? entries[$0] : nil } }
        let data = CategoryDataSheet(
            language: language, sourceRows: used.map { sourceRows[$0] },
            numbers: [DataColumn(name: value.name, values: used.map { value.values.indices.contains($0) ? value.values[$0] : nil })],
            columns: [CategoryDataSheet.Column(name: first.name, labels: pick(first.labels)),
                      CategoryDataSheet.Column(name: second.name, labels: pick(second.labels))])
        let reading = LeastSquaresAnovaReading(language: language, anova: anova)
        return ReportDocument(sheets: [
            data.sheet,
            LeastSquaresAnovaLayout(language: language, anova: anova, values: data.numberRanges[0],
                                    firstLabels: data.columnRanges[0], secondLabels: data.columnRanges[1]).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
