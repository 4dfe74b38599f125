import Analysis
import Procedures

/// t 検定 by `TTestProcedure`: paired on `variables` (before, after), or two-sample on `value` split by `group`
/// (the two `groups`, in their order, else the spec's two labels), with equal variances unless the task says
/// `equalVariances: false` (Welch's test, the CLI's default).
struct TTestSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        TTestSolution(test: try Self.test(task, data: data).test)
    }

    /// The test with its two samples (Variable 1 and 2 in the ToolPak's order); shared with the result workbook.
    static func test(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> (samples: TwoSamples, test: TTest) {
        let paired = task.analysis == .pairedTTest
        let layout: TwoSampleLayout
        if paired {
            let names = task.variables ?? []
            guard names.count == 2 else { throw SolverFailure(reason: "a paired t-test needs exactly two variables") }
            layout = TwoSampleLayout(a: names[0], b: names[1])
        } else {
            let group = task.group ?? ""
            layout = TwoSampleLayout(value: task.value ?? "", group: group, levels: try task.groups.map(TaskTable.list),
                                     order: try data.order(group, task.groups))
        }
        // Equal variances has no meaning for a paired test, and the procedure refuses the two together.
        let procedure = TTestProcedure(samples: layout, paired: paired, equalVariances: !paired && (task.equalVariances ?? true),
                                       hypothesizedDifference: task.hypothesizedDifference ?? 0)
        return try data.run { input in
            try procedure.validate()
            return try procedure.analyse(input)
        }
    }
}

private struct TTestSolution: TaskSolution {
    let test: TTest

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
            throw SolverFailure(reason: "\(statistic.rawValue) is undefined for this t-test (\(test.notes))")
        }
        return value
    }
}
