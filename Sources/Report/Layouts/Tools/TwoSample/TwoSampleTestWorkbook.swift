import Analysis

/// A comparison of two samples by one of the ToolPak's test tools.
public enum TwoSampleTest: Sendable {
    /// Paired, equal-variances or Welch t-test.
    case t(TTest)
    /// F-test for variances.
    case f(FTest)
    /// z-test with known variances.
    case z(ZTest)

    /// How many values each sample holds (for the paired test, the pairs used).
    var counts: (Int, Int) {
        switch self {
        case .t(let t): (t.first.count, t.second.count)
        case .f(let f): (f.first.count, f.second.count)
        case .z(let z): (z.first.count, z.second.count)
        }
    }
}

/// The result workbook of `bunseki ttest`, `ftest` and `ztest`: the data sheet, the tool's sheet and the
/// Reading sheet. The ToolPak offers no chart for these tools, so there is none.
public enum TwoSampleTestWorkbook {
    /// Builds the document.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row.
    ///   - first: Variable 1, one value per data row (nil for a missing cell).
    ///   - second: Variable 2, likewise.
    ///   - test: the result computed from these columns. For the paired t-test only the rows complete in
    ///     both columns go on the data sheet, so the worksheet functions see the pairs the test used.
    ///   - grouping: the grouped layout's columns and groups (`--value`/`--group`); nil for one column per sample.
    ///   - title: stored in the file's properties (e.g. the input file's name).
    public static func document(language: Language, sourceRows: [Int], first: DataColumn, second: DataColumn,
                                test: TwoSampleTest, grouping: SampleGrouping? = nil, title: String = "") -> ReportDocument {
        var rows = sourceRows
        var columns = [first, second]
        if case .t(let t) = test, t.kind == .paired {
            let complete = sourceRows.indices.filter { index in
                columns.allSatisfy { index < $0.values.count && $0.values[index]?.isFinite == true }
            }
            rows = complete.map { sourceRows[$0] }
            columns = columns.map { column in DataColumn(name: column.name, values: complete.map { column.values[$0] }) }
        }
        let data = DataSheetLayout(language: language, sourceRows: rows, columns: columns)
        let (r1, r2) = (data.columnRanges[0], data.columnRanges[1])
        let toolSheet: ReportSheet
        switch test {
        case .t(let t): toolSheet = TTestLayout(language: language, test: t, first: r1, second: r2).sheet
        case .f(let f): toolSheet = FTestLayout(language: language, test: f, first: r1, second: r2).sheet
        case .z(let z): toolSheet = ZTestLayout(language: language, test: z, first: r1, second: r2).sheet
        }
        let reading = TwoSampleReading(language: language, test: test, grouping: grouping)
        return ReportDocument(sheets: [data.sheet, toolSheet,
                                       ReadingLayout.sheet(language: language, findings: reading.findings, warnings: reading.warnings)],
                              properties: .init(title: title))
    }
}
