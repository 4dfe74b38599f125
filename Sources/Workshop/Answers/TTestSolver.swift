import Analysis

/// t 検定: paired on `variables` (before, after), or two-sample on `value` split by `group` (`TTest`),
/// with equal variances unless the task says `equalVariances: false` (Welch).
struct TTestSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        TTestSolution(test: try Self.test(task, data: data).test)
    }

    /// The test with its two samples (Variable 1 and 2 in the ToolPak's order); shared with the
    /// result workbook.
    static func test(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> (test: TTest, samples: [Variable]) {
        let samples: [Variable]
        if task.analysis == .pairedTTest {
            let names = task.variables ?? []
            samples = zip(names, data.completeColumns(names)).map { Variable(name: $0, values: $1) }
        } else {
            let labels = task.groups ?? data.labels(of: task.group ?? "")
            samples = data.groups(value: task.value ?? "", by: task.group ?? "", labels: labels)
                .map { Variable(name: $0.label, values: $0.values) }
        }
        guard samples.count == 2 else { throw SolverFailure(reason: "a t-test needs exactly two samples") }
        do {
            let delta = task.hypothesizedDifference ?? 0
            let test = task.analysis == .pairedTTest
                ? try TTest.paired(samples[0], samples[1], hypothesizedDifference: delta)
                : try TTest.twoSample(samples[0], samples[1], equalVariances: task.equalVariances ?? true,
                                      hypothesizedDifference: delta)
            return (test, samples)
        } catch {
            throw SolverFailure(reason: String(describing: error))
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
