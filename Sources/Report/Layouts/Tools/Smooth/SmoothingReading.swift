// The sentences of the Reading / 解釈 sheet for Moving Average and Exponential Smoothing, in both
// languages: the one place to fix their wording.
import Analysis

/// What a smoothed series says in plain words: the forecast for the next period, how far recent
/// forecasts missed, and what the ToolPak's "standard error" really is.
struct SmoothingReading {
    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, name: String, method: SmoothingMethod, series: SmoothedSeries) {
        // Rounded as the sheet's forecast and standard-error cells show them (NumberFormat.swift).
        let format = NumberFormat.measured(dataDecimals: NumberFormat.dataDecimals(of: series.actual), extra: 2)
        let show = { (value: Double) in NumberFormat.reading(value, format: format) }
        if let next = Self.nextForecast(method, series) {
            findings.append(Self.nextPeriod(name: name, forecast: show(next), language))
        }
        if let error = series.standardErrors.last ?? nil {
            findings.append(Self.recentError(show(error), language))
        }
        warnings.append(Self.standardErrorMeaning(method, language))
        if case .exponential = method { warnings.append(Self.dampingNote(language)) }
    }

    /// The forecast for the period after the last value: the last moving average, or α·A_n + (1 − α)·F_n.
    private static func nextForecast(_ method: SmoothingMethod, _ series: SmoothedSeries) -> Double? {
        guard let actual = series.actual.last, let forecast = series.forecasts.last ?? nil else { return nil }
        switch method {
        case .movingAverage: return forecast
        case .exponential(let alpha): return alpha * actual + (1 - alpha) * forecast
        }
    }

    private static func nextPeriod(name: String, forecast: String, _ language: Language) -> String {
        switch language {
        case .en: return "\(name): the forecast for the next period is \(forecast)."
        case .ja: return "\(name): 次の期の予測値は \(forecast) です。"
        }
    }

    private static func recentError(_ error: String, _ language: Language) -> String {
        switch language {
        case .en: return "Recent forecasts missed the actual values by \(error) (root mean square) at the last data point."
        case .ja: return "最後のデータ ポイントでは、直近の予測は実測値から二乗平均平方根で \(error) 外れています。"
        }
    }

    private static func standardErrorMeaning(_ method: SmoothingMethod, _ language: Language) -> String {
        let periods = switch method {
        case .movingAverage(let interval): interval
        case .exponential: 3
        }
        switch language {
        case .en:
            return "The \"Standard Error\" column is the ToolPak's: the root mean square of the last \(periods) forecast errors, not a textbook standard error."
        case .ja:
            return "「標準誤差」の列は分析ツールと同じく、直近 \(periods) 期の予測誤差の二乗平均平方根です (教科書の標準誤差ではありません)。"
        }
    }

    private static func dampingNote(_ language: Language) -> String {
        switch language {
        case .en: return "The ToolPak's dialog asks for the damping factor, which is 1 − α; --exponential takes α itself."
        case .ja: return "分析ツールのダイアログは減衰率 (= 1 − α) を尋ねます。--exponential には α そのものを指定します。"
        }
    }
}
