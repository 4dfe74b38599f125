import Analysis

/// Which smoothing the ToolPak's dialog asked for.
public enum SmoothingMethod: Sendable, Hashable {
    /// Moving Average over the last `interval` values (toolpak.md §3.12).
    case movingAverage(interval: Int)
    /// Exponential Smoothing with smoothing constant α; the ToolPak's damping factor is 1 − α (§3.13).
    case exponential(alpha: Double)

    /// The series this method gives for `actual`.
    /// - Throws: `AnalysisError` for an out-of-range parameter or too few values.
    public func smooth(_ actual: [Double]) throws -> SmoothedSeries {
        switch self {
        case .movingAverage(let interval): try SmoothedSeries.movingAverage(actual, interval: interval)
        case .exponential(let alpha): try SmoothedSeries.exponential(actual, alpha: alpha)
        }
    }

    /// The sheet's and chart's title.
    public func title(_ language: Language) -> String {
        switch self {
        case .movingAverage: Labels.Smoothing.movingAverageTitle.text(language)
        case .exponential: Labels.Smoothing.exponentialSmoothingTitle.text(language)
        }
    }
}

/// The Moving Average / Exponential Smoothing sheet: per data point the actual value (a live reference
/// to the data sheet), the ToolPak's forecast and "standard error" formulas with `#N/A` where the
/// ToolPak writes it, and a line chart of actual against forecast.
public struct SmoothingLayout: Sendable {
    /// Column where the chart starts (after the four table columns and a gap).
    static let chartColumn = 5
    /// Sheet row of the table's header; data point t (1-based) sits on row `headerRow + t`.
    static let headerRow = 2

    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out the sheet.
    ///
    /// - Parameters:
    ///   - name: the column's name, shown in the title.
    ///   - data: where the actual values sit on the data sheet, one per row without gaps.
    ///   - series: the smoothed series of those values.
    public init(language: Language, name: String, data: CellRange, method: SmoothingMethod, series: SmoothedSeries) {
        let sheetName = method.title(language)
        let dataReference = SheetName.quotedForFormula(data.sheet) + "!"
        // Actual values as entered; forecasts (averages) and their standard errors two decimals more (NumberFormat.swift).
        let decimals = NumberFormat.dataDecimals(of: series.actual)
        let measured = NumberFormat.measured(dataDecimals: decimals, extra: 2)
        let headers = [Labels.Smoothing.dataPoint, .actual, .forecast, .standardError].map { $0.text(language) }
        // One row per data point, made as it is written (`RowRun`).
        let table = ReportTable.run(columnHeaders: headers, rowCount: series.actual.count, valueColumns: 3) { t in
            ReportTable.Row(labelCell: .number(Double(t + 1), format: .integer), [
                .formula(Formula(dataReference + CellAddress(row: data.first.row + t, column: data.first.column).a1()),
                         cached: series.actual[t], format: .measured(dataDecimals: decimals, extra: 0)),
                Self.cell(series.forecasts[t], formula: Self.forecastFormula(method, t: t), format: measured),
                Self.cell(series.standardErrors[t], formula: Self.standardErrorFormula(method, t: t), format: measured),
            ])
        }
        let blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("\(sheetName): \(name)")),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes([Self.parameterNote(method, language)])),
            ReportBlock(at: CellAddress(row: Self.headerRow, column: 0), .rows(table)),
        ]
        let pointRows = (Self.headerRow + 1)..<(Self.headerRow + 1 + series.actual.count)
        let chart = ChartSpec(kind: .line, title: "\(sheetName): \(name)",
                              xAxisTitle: Labels.Smoothing.dataPoint.text(language),
                              yAxisTitle: name,
                              series: [Labels.Smoothing.actual, .forecast].enumerated().map { offset, label in
                                  .init(name: label.text(language),
                                        categories: CellRange.column(0, rows: pointRows, on: sheetName),
                                        values: CellRange.column(1 + offset, rows: pointRows, on: sheetName))
                              },
                              showsLegend: true, anchor: CellAddress(row: Self.headerRow, column: Self.chartColumn))
        sheet = ReportSheet(name: sheetName, blocks: blocks, charts: [chart])
    }

    /// A formula caching its value, or the ToolPak's `#N/A` where the series has none.
    private static func cell(_ value: Double?, formula: Formula?, format: NumberFormat) -> ReportCell {
        guard let value, let formula else { return ReportCell(.value(.error(.notAvailable))) }
        return .formula(formula, cached: value, format: format)
    }

    /// Cell of column `column` for 0-based data point `t` on this sheet.
    private static func cell(_ column: Int, _ t: Int) -> String {
        CellAddress(row: headerRow + 1 + t, column: column).a1()
    }

    /// The ToolPak's forecast formula for 0-based point t, written with the constants the cache used.
    private static func forecastFormula(_ method: SmoothingMethod, t: Int) -> Formula? {
        switch method {
        case .movingAverage(let interval):
            guard t >= interval - 1 else { return nil }
            return Formula("AVERAGE(\(cell(1, t - interval + 1)):\(cell(1, t)))")
        case .exponential(let alpha):
            if t == 1 { return Formula(cell(1, 0)) }
            guard t >= 2 else { return nil }
            return Formula("\(alpha)*\(cell(1, t - 1))+\(1 - alpha)*\(cell(2, t - 1))")
        }
    }

    /// `SQRT(SUMXMY2(actual, forecast)/window)` over the window the ToolPak uses for 0-based point t.
    private static func standardErrorFormula(_ method: SmoothingMethod, t: Int) -> Formula? {
        let (window, lag) = switch method {
        case .movingAverage(let interval): (interval, 0)
        case .exponential: (3, 1)
        }
        let first = t - lag - window + 1
        guard first >= 0 else { return nil }
        let last = t - lag
        return Formula("SQRT(SUMXMY2(\(cell(1, first)):\(cell(1, last)),\(cell(2, first)):\(cell(2, last)))/\(window))")
    }

    private static func parameterNote(_ method: SmoothingMethod, _ language: Language) -> String {
        switch method {
        case .movingAverage(let interval):
            return "\(Labels.Smoothing.interval.text(language)) = \(interval)"
        case .exponential(let alpha):
            let separator = language == .ja ? "、" : ", "
            return "\(Labels.Extras.smoothingConstant.text(language)) = \(alpha)\(separator)"
                + "\(Labels.Smoothing.dampingFactor.text(language)) = 1 − α = \(1 - alpha)"
        }
    }
}
