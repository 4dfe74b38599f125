import Analysis
import Report

/// The ToolPak-style result workbook of one task, as the `Report` module lays out the analysis —
/// what a participant's 分析ツール output should look like — for the instructor's key folder. Each task's solver
/// lays it out from the same procedure result its key's figures come from.
public enum TaskResultWorkbook {
    /// The result document of `task`, or `nil` when the analysis fails on the data (the key's
    /// problems list says why).
    public static func document(spec: ExerciseSpec, task: TaskSpec, dataset: GeneratedDataset) -> ReportDocument? {
        guard let data = try? TaskTable(dataset: dataset),
              let solution = try? AnswerKeyBuilder.solver(for: task.analysis).solve(task, data: data) else { return nil }
        return try? solution.document(title: "\(spec.title.ja)（データ番号 \(dataset.variant)）")
    }

    /// 1, 2, … for data regrouped into columns (groups, pairs), where no single sheet row applies.
    static func positions(_ columns: [DataColumn]) -> [Int] {
        Array(1...max(1, columns.map(\.values.count).max() ?? 0))
    }

    /// The values of `variable` without its missing entries (another group's rows, blanks).
    static func present(_ variable: Variable) -> [Double?] {
        variable.values.filter { $0 != nil }
    }
}
