/// The ToolPak's Moving Average and Exponential Smoothing (toolpak.md §3.12–§3.13; numerics
/// reference §11). Every cached value is computed in plain double in the order the worksheet
/// formula evaluates it, so the formulas written into a workbook recalculate to the same numbers.
/// nil marks the rows where the ToolPak writes `#N/A`.
public struct SmoothedSeries: Codable, Sendable, Equatable {
    /// The input values, in order.
    public let actual: [Double]
    /// One forecast per input row.
    public let forecasts: [Double?]
    /// The ToolPak's "standard error" column: the root mean square of the latest forecast errors.
    public let standardErrors: [Double?]

    /// Trailing mean of the last `interval` actuals, `AVERAGE(A[t−N+1]:A[t])`, from row N; the error
    /// column is `SQRT(SUMXMY2(A[t−N+1]:A[t], F[t−N+1]:F[t])/N)` from row 2N − 1.
    /// - Throws: `AnalysisError.invalidParameter` for an interval below 2,
    ///   `.tooFewObservations` for fewer values than the interval, `.nonFiniteValue`.
    public static func movingAverage(_ actual: [Double], interval: Int) throws -> SmoothedSeries {
        guard interval >= 2 else {
            throw AnalysisError.invalidParameter(name: "interval", value: Double(interval), requirement: .atLeast(2))
        }
        try validate(actual, needed: interval, procedure: .movingAverage)
        var forecasts = [Double?](repeating: nil, count: actual.count)
        for t in (interval - 1)..<actual.count {
            forecasts[t] = actual[(t - interval + 1)...t].reduce(0, +) / Double(interval)
        }
        return SmoothedSeries(actual: actual, forecasts: forecasts,
                              standardErrors: rootMeanSquareErrors(actual, forecasts, window: interval,
                                                                   lag: 0, first: 2 * interval - 2))
    }

    /// F₂ = A₁ and F_t = α·A_{t−1} + d·F_{t−1} with damping d = 1 − α formed once (the ToolPak asks
    /// for d; the cached values use exactly these two constants). The error column is
    /// `SQRT(SUMXMY2(A[t−3]:A[t−1], F[t−3]:F[t−1])/3)` from row 5.
    /// - Throws: `AnalysisError.invalidParameter` for α outside (0, 1), `.tooFewObservations` for
    ///   fewer than 2 values, `.nonFiniteValue`.
    public static func exponential(_ actual: [Double], alpha: Double) throws -> SmoothedSeries {
        guard alpha > 0, alpha < 1 else {
            throw AnalysisError.invalidParameter(name: "alpha", value: alpha, requirement: .probability)
        }
        try validate(actual, needed: 2, procedure: .exponentialSmoothing)
        let damping = 1 - alpha
        var forecasts = [Double?](repeating: nil, count: actual.count)
        forecasts[1] = actual[0]
        for t in 2..<max(2, actual.count) {
            forecasts[t] = alpha * actual[t - 1] + damping * (forecasts[t - 1] ?? 0)
        }
        return SmoothedSeries(actual: actual, forecasts: forecasts,
                              standardErrors: rootMeanSquareErrors(actual, forecasts, window: 3, lag: 1, first: 4))
    }

    private static func validate(_ actual: [Double], needed: Int, procedure: ShortProcedure) throws {
        guard actual.count >= needed else {
            throw AnalysisError.tooFewObservations(procedure: procedure, needed: needed, found: actual.count)
        }
        if let bad = actual.firstIndex(where: { !$0.isFinite }) {
            throw AnalysisError.nonFiniteValue(variable: "actual", index: bad)
        }
    }

    /// √(Σ (A_i − F_i)² / window) over i = t − lag − window + 1 … t − lag, for t ≥ first (0-based).
    private static func rootMeanSquareErrors(_ actual: [Double], _ forecasts: [Double?], window: Int, lag: Int,
                                             first: Int) -> [Double?] {
        actual.indices.map { t -> Double? in
            guard t >= first else { return nil }
            var sum = 0.0
            for i in (t - lag - window + 1)...(t - lag) {
                guard let forecast = forecasts[i] else { return nil }
                let difference = actual[i] - forecast
                sum += difference * difference
            }
            return (sum / Double(window)).squareRoot()
        }
    }
}
