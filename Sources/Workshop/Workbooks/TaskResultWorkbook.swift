import Analysis
import Report

/// The ToolPak-style result workbook of one task, as the `Report` module lays out the analysis —
/// what a participant's 分析ツール output should look like — for the instructor's key folder.
public enum TaskResultWorkbook {
    /// The result document of `task`, or `nil` when the `Report` module has no layout for its
    /// analysis yet or the analysis fails on the data (the key's problems list says why).
    public static func document(spec: ExerciseSpec, task: TaskSpec, dataset: GeneratedDataset) -> ReportDocument? {
        let data = TaskData(dataset: dataset)
        let title = "\(spec.title.ja)（課題番号 \(dataset.variant)）"
        switch task.analysis {
        case .describe:
            let name = task.variable ?? ""
            let values = dataset.column(named: name)?.numbers ?? []
            guard let statistics = try? DescriptiveStatistics.compute(data.completeColumns([name]).first ?? []) else {
                return nil
            }
            // Data rows sit below the header, so data row i is sheet row i + 2 of the participant's データ sheet.
            return DescribeWorkbook.document(language: .ja, sourceRows: values.indices.map { $0 + 2 },
                                             columns: [DataColumn(name: name, values: values)],
                                             statistics: [statistics], title: title)
        case .regression:
            guard let fit = try? RegressionSolver.fit(task, data: data) else { return nil }
            let names = [task.response ?? ""] + (task.predictors ?? [])
            let columns = zip(names, fit.columns).map { DataColumn(name: $0, values: $1) }
            return try? RegressionWorkbook.document(language: .ja, sourceRows: fit.rows.map { $0 + 2 },
                                                    response: columns[0], predictors: Array(columns.dropFirst()),
                                                    result: fit.result, droppedRowCount: dataset.rowCount - fit.rows.count,
                                                    title: title)
        case .correlation, .pairedTTest, .twoSampleTTest, .anova, .crosstab, .movingAverage,
             .exponentialSmoothing:
            return nil
        }
    }
}
