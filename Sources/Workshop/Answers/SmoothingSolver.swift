import Analysis
import Report

/// 移動平均 and 指数平滑 (`SmoothedSeries`) of `series`; a figure's `row` is the data row whose
/// output cell is asked, in the ToolPak's layout (output range beside the input, same first row).
struct SmoothingSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskData) throws(SolverFailure) -> any TaskSolution {
        let values = data.completeColumns([task.series ?? ""]).first ?? []
        do {
            return SmoothingSolution(series: try Self.method(task).smooth(values))
        } catch {
            throw SolverFailure(reason: String(describing: error))
        }
    }

    /// The task's method; the spec gives the ToolPak's damping factor (減衰率), the smoothing constant is 1 − damping.
    /// α is 1 − damping rounded to 12 decimals, so a damping of 0.7 gives α = 0.3 as the instructor
    /// typed it, not 0.30000000000000004, in keys and in the formulas of the result workbook.
    static func method(_ task: TaskSpec) -> SmoothingMethod {
        guard task.analysis == .exponentialSmoothing else { return .movingAverage(interval: task.interval ?? 0) }
        let alpha = ((1 - (task.damping ?? 0)) * 1e12).rounded() / 1e12
        return .exponential(alpha: alpha)
    }
}

private struct SmoothingSolution: TaskSolution {
    let series: SmoothedSeries

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        guard statistic == .value, let row, series.forecasts.indices.contains(row - 1),
              let value = series.forecasts[row - 1] else {
            throw SolverFailure(reason: "no smoothed value at data row \(row.map(String.init) ?? "(none)") (#N/A there)")
        }
        return value
    }
}
