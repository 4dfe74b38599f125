import Analysis

/// The result workbook of `bunseki groups`: the data sheet (the value column, then the key columns as
/// text), the Group summary sheet and the Reading sheet.
public enum GroupSummaryWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - value: the summarised column, one value per data row.
    ///   - keys: one or two category columns, one label per data row.
    ///   - summary: computed from these columns.
    public static func document(language: Language, sourceRows: [Int], value: DataColumn, keys: [CategoryDataSheet.Column],
                                summary: GroupSummary, title: String = "") -> ReportDocument {
        let data = CategoryDataSheet(language: language, sourceRows: sourceRows, numbers: [value], columns: keys)
        let layout = GroupSummaryLayout(language: language, summary: summary, values: data.numberRanges[0], keys: data.columnRanges)
        var findings: [String] = []
        let named = { (group: GroupSummary.Group) in group.keys.joined(separator: " × ") }
        let quoted = { (value: Double) in NumberFormat.significant(value, digits: 3).approximateDisplay(of: value) }
        if let highest = summary.groups.max(by: { $0.mean < $1.mean }), let lowest = summary.groups.min(by: { $0.mean < $1.mean }) {
            findings.append(language == .en
                ? "The highest mean of \(summary.valueName) is in \(named(highest)) (\(quoted(highest.mean)), n = \(highest.count)), the lowest in \(named(lowest)) (\(quoted(lowest.mean)), n = \(lowest.count))."
                : "\(summary.valueName) の平均が最も高いのは \(named(highest)) (\(quoted(highest.mean))、n = \(highest.count))、最も低いのは \(named(lowest)) (\(quoted(lowest.mean))、n = \(lowest.count)) です。")
        }
        var warnings: [String] = []
        if !summary.droppedRows.isEmpty { warnings.append(ReadingSentences.rowsDropped(summary.droppedRows.count, language)) }
        warnings.append(language == .en
            ? "Differences between group means may be chance: test them (bunseki ttest or anova) before drawing conclusions."
            : "グループ間の平均の違いは偶然かもしれません。結論の前に検定 (bunseki ttest や anova) で確かめてください。")
        return ReportDocument(sheets: [data.sheet, layout.sheet,
                                       ReadingLayout.sheet(language: language, findings: findings, warnings: warnings)],
                              properties: .init(title: title))
    }
}
