import Analysis

/// 相関: Pearson's r of the two `variables` (`CorrelationMatrix`) on the rows complete in both.
struct CorrelationSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        let names = task.variables ?? []
        let variables = zip(names, data.completeColumns(names)).map { Variable(name: $0, values: $1) }
        do {
            return CorrelationSolution(pair: try CorrelationMatrix.compute(variables).pair(0, 1))
        } catch {
            throw SolverFailure(reason: String(describing: error))
        }
    }
}

private struct CorrelationSolution: TaskSolution {
    let pair: CorrelationMatrix.Pair?

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        guard statistic == .correlation, let r = pair?.pearson else {
            throw SolverFailure(reason: "the correlation is undefined (a constant column?)")
        }
        return r
    }
}
