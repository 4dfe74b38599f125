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
                                anova: TwoWayANOVAWithoutReplication, droppedRowCount: Int = 0, title: String = "") -> ReportDocument {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        var findings: [String] = []
        for (source, names) in [(anova.rows, anova.rowSummaries.map(\.name)), (anova.columns, anova.columnSummaries.map(\.name))] {
            guard let f = source.f, let p = source.pValue else { continue }
            let pText = ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: p), isBelowThousandth: p < 0.001)
            let fText = NumberFormat.significant(f, digits: 3).approximateDisplay(of: f)
            let levels = names.joined(separator: language == .en ? ", " : "、")
            let significant = p < anova.alpha
            findings.append(language == .en
                ? "The means of \(levels) \(significant ? "differ significantly" : "are not shown to differ") at the 5% level (F = \(fText), \(pText))."
                : "\(levels) の平均には 5% 水準で\(significant ? "有意な差があります" : "差があるとはいえません") (F = \(fText)、\(pText))。")
        }
        var warnings: [String] = []
        if droppedRowCount > 0 { warnings.append(ReadingSentences.rowsDropped(droppedRowCount, language)) }
        warnings.append(language == .en
            ? "Without replication the interaction of rows and columns cannot be separated from the error: the test assumes there is none."
            : "繰り返しがないため、行と列の交互作用は誤差と区別できません。この検定は交互作用がないことを前提にしています。")
        return ReportDocument(sheets: [
            data.sheet,
            TwoFactorAnovaLayout(language: language, anova: anova, columns: data.columnRanges).sheet,
            ReadingLayout.sheet(language: language, findings: findings, warnings: warnings),
        ], properties: .init(title: title))
    }
}
