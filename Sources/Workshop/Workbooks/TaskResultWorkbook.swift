import Analysis
import Procedures
import Report

/// The ToolPak-style result workbook of one task, as the `Report` module lays out the analysis —
/// what a participant's 分析ツール output should look like — for the instructor's key folder.
public enum TaskResultWorkbook {
    /// 1, 2, … for data regrouped into columns (groups, pairs), where no single sheet row applies.
    private static func positions(_ columns: [DataColumn]) -> [Int] {
        Array(1...max(1, columns.map(\.values.count).max() ?? 0))
    }

    /// The values of `variable` without its missing entries (another group's rows, blanks).
    private static func present(_ variable: Variable) -> [Double?] {
        variable.values.filter { $0 != nil }
    }

    /// The result document of `task`, or `nil` when the analysis fails on the data (the key's
    /// problems list says why). The figures are the task's procedure's, as the key's are; the data sheet shows the
    /// values a participant gives the ToolPak, each tool's rows (regression, describe, cross tabulation, DiD) or
    /// its complete values regrouped into columns.
    public static func document(spec: ExerciseSpec, task: TaskSpec, dataset: GeneratedDataset) -> ReportDocument? {
        guard let data = try? TaskTable(dataset: dataset) else { return nil }
        let title = "\(spec.title.ja)（データ番号 \(dataset.variant)）"
        switch task.analysis {
        case .describe:
            let name = task.variable ?? ""
            guard let statistics = try? DescribeSolver.describe(task, data: data) else { return nil }
            let values = dataset.column(named: name)?.numbers ?? []
            // Data rows sit below the header, so data row i is sheet row i + 2 of the participant's データ sheet.
            return DescribeWorkbook.document(language: .ja, sourceRows: values.indices.map { $0 + 2 },
                                             columns: [DataColumn(name: name, values: values)],
                                             statistics: [statistics], title: title)
        case .regression:
            guard let fit = try? RegressionSolver.fit(task, data: data) else { return nil }
            let columns = fit.usedColumns
            return try? RegressionWorkbook.document(language: .ja, sourceRows: fit.sourceRows,
                                                    response: columns[0], predictors: Array(columns.dropFirst()),
                                                    result: fit.result, droppedRowCount: fit.result.droppedRows.count,
                                                    categories: fit.categories, title: title)
        case .pairedTTest, .twoSampleTTest:
            guard let (samples, test) = try? TTestSolver.test(task, data: data) else { return nil }
            // Paired: the pairs complete in both; two groups: each group's values.
            let shown = samples.grouping == nil
                ? samples.rowIndices.filter { samples.first.values[$0] != nil && samples.second.values[$0] != nil }
                : nil
            let columns = [samples.first, samples.second].map { variable in
                DataColumn(name: variable.name, values: shown.map { $0.map { variable.values[$0] } } ?? present(variable))
            }
            return TwoSampleTestWorkbook.document(language: .ja, sourceRows: positions(columns), first: columns[0],
                                                 second: columns[1], test: .t(test), title: title)
        case .anova:
            guard let (anova, groups) = try? ANOVASolver.analyse(task, data: data) else { return nil }
            let columns = groups.map { DataColumn(name: $0.name, values: present($0)) }
            return AnovaWorkbook.document(language: .ja, sourceRows: positions(columns), groups: columns, anova: anova,
                                          title: title)
        case .crosstab:
            guard let (categories, table) = try? CrosstabSolver.tabulate(task, data: data) else { return nil }
            return CrossTabWorkbook.document(language: .ja, sourceRows: data.input.table.rowNumbers,
                                             rows: categories[0], columns: categories[1], table: table, title: title)
        case .correlation:
            guard let (selection, matrix) = try? CorrelationSolver.correlate(task, data: data) else { return nil }
            let complete = selection.rowNumbers.indices.filter { row in selection.variables.allSatisfy { $0.values[row] != nil } }
            let columns = selection.variables.map { variable in
                DataColumn(name: variable.name, values: complete.map { variable.values[$0] })
            }
            return AssociationWorkbook.document(language: .ja, tool: .correlation, sourceRows: positions(columns),
                                                columns: columns, matrix: matrix, title: title)
        case .movingAverage, .exponentialSmoothing:
            guard let (method, series) = try? SmoothingSolver.smooth(task, data: data) else { return nil }
            let name = task.series ?? ""
            return SmoothingWorkbook.document(language: .ja, sourceRows: Array(1...max(1, series.actual.count)),
                                              name: name, method: method, series: series, title: title)
        case .did:
            guard let estimate = try? DiDSolver.estimate(task, data: data) else { return nil }
            return DiDWorkbook.document(language: .ja, sourceRows: estimate.sourceRows, columns: estimate.columns,
                                        result: estimate.result, title: title)
        }
    }
}
