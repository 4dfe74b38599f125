import Analysis

/// The result workbooks of `bunseki mannwhitney`, `wilcoxon` and `kruskal`: the data sheet with the ranks
/// the test is built from, the test's sheet and the Reading sheet.
public enum RankTestWorkbook {
    /// `mannwhitney`: two samples, one column each (blanks where a sample has no value).
    /// - Parameter sourceRows: the participant's row number of each data row.
    public static func mannWhitney(language: Language, sourceRows: [Int], first: DataColumn, second: DataColumn,
                                   test: MannWhitneyU, title: String = "") -> ReportDocument {
        let data = RankDataSheet(language: language, sourceRows: sourceRows, columns: [first, second])
        let reading = RankTestReading(language: language, mannWhitney: test)
        return ReportDocument(sheets: [
            data.sheet,
            MannWhitneyLayout(language: language, test: test, values: data.valueRanges, ranks: data.rankRanges,
                              allRanks: data.allRanks).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }

    /// `wilcoxon`: two paired columns; only the rows complete in both go on the data sheet, so the worksheet
    /// functions see the pairs the test used.
    public static func wilcoxon(language: Language, sourceRows: [Int], first: DataColumn, second: DataColumn,
                                test: WilcoxonSignedRank, title: String = "") -> ReportDocument {
        let complete = sourceRows.indices.filter { index in
            [first, second].allSatisfy { index < $0.values.count && $0.values[index]?.isFinite == true }
        }
        let pick = { (column: DataColumn) in DataColumn(name: column.name, values: complete.map { column.values[$0] }) }
        let rows = complete.map { sourceRows[$0] }
        let data = SignedRankDataSheet(language: language, sourceRows: rows, first: pick(first), second: pick(second))
        let reading = RankTestReading(language: language, wilcoxon: test)
        return ReportDocument(sheets: [
            data.sheet,
            WilcoxonLayout(language: language, test: test, values: data.valueRanges, differences: data.differences,
                           ranks: data.ranks, sourceRows: CellRange.column(0, rows: 1..<(rows.count + 1), on: data.sheet.name)).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }

    /// `kruskal`: one column per group (blanks where a group has no value); `dunn` when comparisons were made.
    public static func kruskal(language: Language, sourceRows: [Int], groups: [DataColumn], test: KruskalWallis,
                               dunn: DunnTest?, title: String = "") -> ReportDocument {
        let data = RankDataSheet(language: language, sourceRows: sourceRows, columns: groups)
        let reading = RankTestReading(language: language, kruskal: test, dunn: dunn)
        return ReportDocument(sheets: [
            data.sheet,
            KruskalLayout(language: language, test: test, dunn: dunn, values: data.valueRanges, ranks: data.rankRanges,
                          allRanks: data.allRanks).sheet,
            ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings),
        ], properties: .init(title: title))
    }
}
