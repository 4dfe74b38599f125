import Analysis
import Procedures
import Report

/// t 検定 by `TTestProcedure`: paired on `variables` (before, after), or two-sample on `value` split by `group`
/// (the two `groups`, in their order, else the spec's two labels), with equal variances unless the task says
/// `equalVariances: false` (Welch's test, the CLI's default).
struct TTestSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        let paired = task.analysis == .pairedTTest
        let layout: TwoSampleLayout
        if paired {
            let names = task.variables ?? []
            guard names.count == 2 else {
                throw SolverFailure(ja: "対応のある t 検定には変数がちょうど 2 つ必要です。", en: "A paired t-test needs exactly two variables.")
            }
            layout = TwoSampleLayout(a: names[0], b: names[1])
        } else {
            let group = task.group ?? ""
            layout = TwoSampleLayout(value: task.value ?? "", group: group, levels: try task.groups.map(TaskTable.list),
                                     order: try data.order(group, task.groups))
        }
        // Equal variances has no meaning for a paired test, and the procedure refuses the two together.
        let procedure = TTestProcedure(samples: layout, paired: paired, equalVariances: !paired && (task.equalVariances ?? true),
                                       hypothesizedDifference: task.hypothesizedDifference ?? 0)
        let (samples, test) = try data.run { input in
            try procedure.validate()
            return try procedure.analyse(input)
        }
        return TTestSolution(samples: samples, test: test)
    }
}

private struct TTestSolution: TaskSolution {
    /// Variable 1 and 2 in the ToolPak's order.
    let samples: TwoSamples
    let test: TTest

    /// Paired: the pairs complete in both columns; two groups: each group's values in a column of its own.
    func document(title: String) -> ReportDocument {
        let pairs = samples.grouping == nil
            ? samples.rowIndices.filter { samples.first.values[$0] != nil && samples.second.values[$0] != nil }
            : nil
        let columns = [samples.first, samples.second].map { variable in
            DataColumn(name: variable.name, values: pairs.map { $0.map { variable.values[$0] } } ?? TaskResultWorkbook.present(variable))
        }
        return TwoSampleTestWorkbook.document(language: .ja, sourceRows: TaskResultWorkbook.positions(columns),
                                              first: columns[0], second: columns[1], test: .t(test), title: title)
    }

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        let value: Double?
        switch statistic {
        case .mean:
            value = [test.first, test.second].first { $0.name == term }?.mean
        case .tStat: value = test.tStatistic
        case .pValue: value = test.pTwoTail
        case .pValueOneTail: value = test.pOneTail
        case .degreesOfFreedom: value = test.degreesOfFreedom
        default: value = nil
        }
        guard let value else {
            throw SolverFailure(ja: "\(statistic.rawValue) はこの t 検定では定まりません。",
                                en: "\(statistic.rawValue) is undefined for this t-test (\(test.notes)).")
        }
        return value
    }
}
