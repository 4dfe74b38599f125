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
    ///   - inputFile: the input file's name, for the command line the reading suggests; `coerced` adds `--coerce-numbers`
    ///     to it when the value column needed it.
    public static func document(language: Language, sourceRows: [Int], value: DataColumn, keys: [CategoryDataSheet.Column],
                                summary: GroupSummary, inputFile: String = "FILE", coerced: Bool = false,
                                title: String = "") -> ReportDocument {
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
        warnings.append(testAdvice(summary, inputFile: inputFile, coerced: coerced, language))
        return ReportDocument(sheets: [data.sheet, layout.sheet,
                                       ReadingLayout.sheet(language: language, findings: findings, warnings: warnings)],
                              properties: .init(title: title))
    }

    /// The test that checks the differences, as a command line that runs as written: `ttest --value --group` for two
    /// groups, `anova` for more (with `ttest --levels` for a chosen pair), `anova2 --factors` for two grouping columns.
    static func testAdvice(_ summary: GroupSummary, inputFile: String, coerced: Bool, _ language: Language) -> String {
        let quoted = { (text: String) in text.contains(where: \.isWhitespace) || text.isEmpty ? "\"\(text)\"" : text }
        let tail = coerced ? " --coerce-numbers" : ""
        let start = "bunseki %@ \(quoted(inputFile)) --value \(quoted(summary.valueName))"
        let command = { (tool: String, rest: String) in start.replacingOccurrences(of: "%@", with: tool) + rest + tail }
        // The command in 「」 or backquotes, so that what to copy ends where the quotes do.
        let sentence = { (test: String, pair: String?) -> String in
            language == .ja
                ? "グループ間の平均の違いは偶然かもしれません。結論の前に「\(test)」で検定してください" + (pair.map { " (2 つのグループだけなら「\($0)」)" } ?? "") + "。"
                : "Differences between group means may be chance: before drawing conclusions, test them with `\(test)`" + (pair.map { " (for two of the groups, `\($0)`)" } ?? "") + "."
        }
        guard summary.keyNames.count == 1, let key = summary.keyNames.first else {
            return sentence(command("anova2", " --factors \(summary.keyNames.map(quoted).joined(separator: ","))"), nil)
        }
        let levels = summary.groups.compactMap(\.keys.first)
        if levels.count == 2 { return sentence(command("ttest", " --group \(quoted(key))"), nil) }
        return sentence(command("anova", " --group \(quoted(key))"),
                        command("ttest", " --group \(quoted(key)) --levels \(levels.prefix(2).map(quoted).joined(separator: ","))"))
    }
}
