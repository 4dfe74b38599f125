import Analysis

/// t 検定: paired on `variables` (before, after), or two-sample with equal variances on `value`
/// split by `group` (`TTest`).
struct TTestSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        do {
            if task.analysis == .pairedTTest {
                let names = task.variables ?? []
                let columns = data.completeColumns(names)
                let variables = zip(names, columns).map { Variable(name: $0, values: $1) }
                guard variables.count == 2 else { throw SolverFailure(reason: "a paired t-test needs two variables") }
                return TTestSolution(test: try TTest.paired(variables[0], variables[1]))
            }
            let labels = task.groups ?? data.labels(of: task.group ?? "")
            let groups = data.groups(value: task.value ?? "", by: task.group ?? "", labels: labels)
                .map { Variable(name: $0.label, values: $0.values) }
            guard groups.count == 2 else { throw SolverFailure(reason: "a two-sample t-test needs two groups") }
            return TTestSolution(test: try TTest.twoSample(groups[0], groups[1], equalVariances: true))
        } catch let failure as SolverFailure {
            throw failure
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
