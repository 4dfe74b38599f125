import Analysis

/// The result workbook of `bunseki anova2 --replication N`: the data sheet (one column per column level,
/// the samples stacked in blocks of N rows), the Anova: Two-Factor With Replication sheet and the Reading sheet.
public enum ReplicatedAnovaWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - columns: one column per column level, `replicates` values per sample, all present.
    ///   - anova: computed from these columns.
    public static func document(language: Language, sourceRows: [Int], columns: [DataColumn], replicates: Int,
                                anova: TwoWayANOVA, rowName: String? = nil, title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        let findings = TwoFactorAnovaReading.opening(interaction: true, alpha: anova.alpha, language).map(Optional.some)
            + [TwoFactorAnovaReading.interactionFinding(anova.interaction, alpha: anova.alpha, language)]
            + [(anova.rows, anova.rowNames), (anova.columns, anova.columnNames)].map {
                TwoFactorAnovaReading.levelFinding($0, levels: $1, alpha: anova.alpha, language)
            }
        let warning = language == .en
            ? "Each sample is \(replicates) consecutive rows; the test assumes the same number of replicates in every cell and equal variances."
            : "各標本は連続する \(replicates) 行です。この検定は全セルで繰り返し数が同じで、分散が等しいことを前提にしています。"
        return ReportDocument(sheets: [
            data.sheet,
            ReplicatedAnovaLayout(language: language, anova: anova, columns: data.columnRanges, replicates: replicates, rowName: rowName).sheet,
            ReadingLayout.sheet(language: language, findings: findings.compactMap { $0 }, warnings: [warning]),
        ], properties: .init(title: title))
    }
}
