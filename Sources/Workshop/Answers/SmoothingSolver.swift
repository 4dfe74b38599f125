import Analysis
import Procedures
import Report

/// 移動平均 and 指数平滑 (`SmoothedSeries`) of `series`; a figure's `row` is the data row whose
/// output cell is asked, in the ToolPak's layout (output range beside the input, same first row).
struct SmoothingSolver: TaskSolver {
    func solve(_ task: TaskSpec, data: TaskTable) throws(SolverFailure) -> any TaskSolution {
        let procedure = switch Self.method(task) {
        case .movingAverage(let interval): SmoothProcedure(column: task.series ?? "", interval: interval)
        case .exponential(let alpha): SmoothProcedure(column: task.series ?? "", alpha: alpha)
        }
        let analysed = try data.run { input in
            try procedure.validate()
            return try procedure.analyse(input)
        }
        return SmoothingSolution(name: task.series ?? "", method: analysed.method, series: analysed.series)
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
    let name: String
    let method: SmoothingMethod
    let series: SmoothedSeries

    /// The series' values numbered 1, 2, … as the ToolPak's input range.
    func document(title: String) -> ReportDocument {
        SmoothingWorkbook.document(language: .ja, sourceRows: Array(1...max(1, series.actual.count)), name: name,
                                   method: method, series: series, title: title)
    }

    func number(_ statistic: Statistic, term: String?, row: Int?) throws(SolverFailure) -> Double {
        guard statistic == .value, let row, series.forecasts.indices.contains(row - 1),
              let value = series.forecasts[row - 1] else {
            let place = row.map(String.init) ?? "?"
            throw SolverFailure(ja: "データ行 \(place) には平滑値がありません（#N/A の位置です）。",
                                en: "There is no smoothed value at data row \(place) (#N/A there).")
        }
        return value
    }
}
