import Analysis

/// The result workbook of `bunseki anova`: the data sheet (one column per group, as the ToolPak takes
/// them), the Anova: Single Factor sheet (with Tukey–Kramer comparisons) and the Reading sheet.
public enum AnovaWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - groups: one column per group, values in data-row order (nil for a missing cell).
    ///   - anova: computed from these columns, in the same order.
    ///   - tukey: the Tukey–Kramer comparisons of `anova`, shown under it and in the reading when given.
    ///   - equalVariances: Levene and/or Brown–Forsythe tests of the same groups, shown after the effect sizes.
    ///   - names: the value and group columns' names when the groups came as one row per observation (the chart's
    ///     title and axis).
    public static func document(language: Language, sourceRows: [Int], groups: [DataColumn], anova: OneWayANOVA,
                                tukey: TukeyKramer? = nil, equalVariances: [LeveneTest] = [],
                                names: (value: String, group: String)? = nil, title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: groups)
        let reading = AnovaReading(language: language, anova: anova, tukey: tukey, equalVariances: equalVariances)
        return ReportDocument(sheets: [
            data.sheet,
            OneWayAnovaLayout(language: language, anova: anova, ranges: data.columnRanges, tukey: tukey,
                              equalVariances: equalVariances, names: names).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
