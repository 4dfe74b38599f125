import Foundation
import Report

/// A linear axis from data to pixels with "nice" round tick values (1, 2, 5 × 10^k), as a spreadsheet
/// chooses its axis bounds.
struct AxisScale {
    let lower: Double
    let upper: Double
    let ticks: [Double]
    let pixelStart: Double
    let pixelEnd: Double
    /// The tick labels' format, as the chart spec gives it; nil for plain numbers.
    let format: NumberFormat?

    init(values: [Double], pixelStart: Double, pixelEnd: Double, minimum: Double? = nil, maximum: Double? = nil,
         format: NumberFormat? = nil) {
        var low = minimum ?? values.min() ?? 0
        var high = maximum.map { max($0, values.max() ?? $0) } ?? values.max() ?? 1
        if let minimum { low = min(minimum, values.min() ?? minimum) }
        if low == high {
            low -= low == 0 ? 1 : abs(low) * 0.1
            high += high == 0 ? 1 : abs(high) * 0.1
        }
        let step = Self.niceStep((high - low) / 5)
        let first = minimum == nil ? (low / step).rounded(.down) * step : low
        let last = (high / step).rounded(.up) * step
        lower = first
        upper = last > first ? last : first + step
        ticks = stride(from: lower, through: upper + step * 1e-9, by: step).map { $0 }
        self.pixelStart = pixelStart
        self.pixelEnd = pixelEnd
        self.format = format
    }

    func pixel(_ value: Double) -> Double {
        pixelStart + (value - lower) / (upper - lower) * (pixelEnd - pixelStart)
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// A tick label: whole numbers plain, others with as few decimals as the step needs.
    func label(_ value: Double) -> String {
        if let format { return CellDisplay.text(of: value, format: format) }
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let decimals = max(0, min(6, -Int(log10(step).rounded(.down))))
        let text = String(format: "%.\(decimals)f", abs(value) < step * 1e-9 ? 0 : value)
        return CellDisplay.grouped(text)
    }
}
