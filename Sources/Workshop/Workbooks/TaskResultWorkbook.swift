import Analysis
import Report

/// The ToolPak-style result workbook of one task, as the `Report` module lays out the analysis —
/// what a participant's 分析ツール output should look like — for the instructor's key folder.
public enum TaskResultWorkbook {
    /// 1, 2, … for data regrouped into columns (groups, pairs), where no single sheet row applies.
    private static func positions(_ columns: [DataColumn]) -> [Int] {
        Array(1...max(1, columns.map(\.values.count).max() ?? 0))
    }

    /// The result document of `task`, or `nil` when the analysis fails on the data (the key's
    /// problems list says why).
    public static func document(spec: ExerciseSpec, task: TaskSpec, dataset: GeneratedDataset) -> ReportDocument? {
        let data = TaskData(dataset: dataset)
        let title = "\(spec.title.ja)（データ番号 \(dataset.variant)）"
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
        case .pairedTTest, .twoSampleTTest:
            guard let (test, samples) = try? TTestSolver.test(task, data: data) else { return nil }
            let columns = samples.map { DataColumn(name: $0.name, values: $0.values) }
            return TwoSampleTestWorkbook.document(language: .ja, sourceRows: positions(columns), first: columns[0],
                                                 second: columns[1], test: .t(test), title: title)
        case .anova:
            guard let (anova, groups) = try? ANOVASolver.analyse(task, data: data) else { return nil }
            let columns = groups.map { DataColumn(name: $0.name, values: $0.values) }
            return AnovaWorkbook.document(language: .ja, sourceRows: positions(columns), groups: columns, anova: anova,
                                          title: title)
        case .crosstab:
            guard let table = try? CrosstabSolver.tabulate(task, data: data) else { return nil }
            let labels = { (name: String?) in
                CategoryDataSheet.Column(name: name ?? "", labels: dataset.column(named: name ?? "")?.labels ?? [])
            }
            return CrossTabWorkbook.document(language: .ja, sourceRows: (0..<dataset.rowCount).map { $0 + 2 },
                                             rows: labels(task.rows), columns: labels(task.columns), table: table,
                                             title: title)
        case .correlation:
            let names = task.variables ?? []
            let columns = zip(names, data.completeColumns(names)).map { DataColumn(name: $0, values: $1.map { $0 }) }
            guard let matrix = try? CorrelationMatrix.compute(columns.map { Variable(name: $0.name, values: $0.values) })
            else { return nil }
            return AssociationWorkbook.document(language: .ja, tool: .correlation, sourceRows: positions(columns),
                                                columns: columns, matrix: matrix, title: title)
        case .movingAverage, .exponentialSmoothing:
            let name = task.series ?? ""
            let values = data.completeColumns([name]).first ?? []
            let method = SmoothingSolver.method(task)
            guard let series = try? method.smooth(values) else { return nil }
            return SmoothingWorkbook.document(language: .ja, sourceRows: positions([DataColumn(name: name, values: values)]),
                                              name: name, method: method, series: series, title: title)
        case .did:
            guard let analysis = try? DiDSolver.analyse(task, data: data) else { return nil }
            let columns = DiDWorkbook.Columns(
                value: DataColumn(name: task.value ?? "", values: analysis.values),
                group: .init(name: task.group ?? "", labels: analysis.groups),
                period: .init(name: task.period ?? "", labels: analysis.periods),
                unit: task.unit.map { CategoryDataSheet.Column(name: $0, labels: analysis.units ?? []) },
                treatedLevel: task.treated ?? "", afterLevels: task.after ?? [])
            return DiDWorkbook.document(language: .ja, sourceRows: analysis.rows.map { $0 + 2 }, columns: columns,
                                        result: analysis.result, title: title)
        }
    }
}
