import Analysis

/// 基本統計量: `DescriptiveStatistics` of the task's variable (rows with a blanked cell left out).
struct DescribeSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        let values = data.completeColumns([task.variable ?? ""]).first ?? []
        do {
            return DescribeSolution(statistics: try DescriptiveStatistics.compute(values))
        } catch {
            throw SolverFailure(reason: String(describing: error))
        }
    }
}

private struct DescribeSolution: TaskSolution {
    let statistics: DescriptiveStatistics

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        let value: Double?
        switch statistic {
        case .mean: value = statistics.mean
        case .median: value = statistics.median
        case .standardDeviation: value = statistics.standardDeviation
        case .variance: value = statistics.variance
        case .minimum: value = statistics.minimum
        case .maximum: value = statistics.maximum
        case .count: value = Double(statistics.count)
        case .sum: value = statistics.sum
        default: value = nil
        }
        guard let value else {
            throw SolverFailure(reason: "\(statistic.rawValue) is undefined for these \(statistics.count) values")
        }
        return value
    }
}
