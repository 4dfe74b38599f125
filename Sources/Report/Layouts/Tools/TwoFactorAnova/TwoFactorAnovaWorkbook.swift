import Analysis

/// The result workbook of `bunseki anova2`: the data sheet (one column per column level, one row per
/// row level), the Anova: Two-Factor Without Replication sheet and the Reading sheet.
public enum TwoFactorAnovaWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each row level.
    ///   - columns: one column per column level, one value per row level, all present.
    ///   - anova: computed from these columns.
    ///   - droppedRowCount: rows left out because a value was missing.
    public static func document(language: Language, sourceRows: [Int], columns: [DataColumn],
                                anova: TwoWayANOVAWithoutReplication, droppedRowCount: Int = 0, rowName: String? = nil,
                                title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        let findings = TwoFactorAnovaReading.opening(interaction: false, alpha: anova.alpha, language)
            + [(anova.rows, anova.rowSummaries.map(\.name)), (anova.columns, anova.columnSummaries.map(\.name))].compactMap { TwoFactorAnovaReading.levelFinding($0, levels: $1, alpha: anova.alpha, language) }
        var warnings: [String] = []
        if droppedRowCount > 0 { warnings.append(ReadingSentences.rowsDropped(droppedRowCount, language)) }
        warnings.append(language == .en
            ? "Without replication the interaction of rows and columns cannot be separated from the error: the test assumes there is none."
            : "繰り返しがないため、行と列の交互作用は誤差と区別できません。この検定は交互作用がないことを前提にしています。")
        return ReportDocument(sheets: [
            data.sheet,
            TwoFactorAnovaLayout(language: language, anova: anova, columns: data.columnRanges, rowName: rowName).sheet,
            ReadingLayout.sheet(language: language, findings: findings, warnings: warnings),
        ], properties: .init(title: title))
    }
}
