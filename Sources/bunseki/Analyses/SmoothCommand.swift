import ArgumentParser
import Analysis
import Foundation
import Report

/// `bunseki smooth FILE --column COL (--moving-average N | --exponential ALPHA)`: the ToolPak's Moving
/// Average or Exponential Smoothing with its standard errors, a chart of actual against forecast and a reading.
struct SmoothCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "smooth",
        abstract: "Moving average or exponential smoothing of a numeric column (the ToolPak's 移動平均 / 指数平滑), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The series, by header text or column letter; empty cells are skipped.")
    var column: String

    @Option(name: .customLong("moving-average"), help: "Interval: average the last N values (the ToolPak's 区間).")
    var interval: Int?

    @Option(name: .customLong("exponential"), help: "Smoothing constant α between 0 and 1 (the ToolPak asks for the damping factor 1 − α).")
    var alpha: Double?

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let method: SmoothingMethod
        switch (interval, alpha) {
        case (let interval?, nil):
            try OptionValue.require(Double(interval), option: "--moving-average", in: .atLeast(2))
            method = .movingAverage(interval: interval)
        case (nil, let alpha?):
            try OptionValue.require(alpha, option: "--exponential", in: .probability)
            method = .exponential(alpha: alpha)
        default: throw CLIError.smoothingMethodChoice
        }
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: [column], file: input.file)
        let (variable, rows, values) = try selection.series(file: input.file, sheet: table.sheetName, column: column)
        let series = try method.smooth(values)
        let document = SmoothingWorkbook.document(language: language, sourceRows: rows, name: variable.name,
                                                  method: method, series: series,
                                                  title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "smooth", sheet: table.sheetName,
                selection: selection, language: language,
                json: { SmoothOutcome(column: variable.name, method: method, series: series) })
    }
}

/// What `smooth --json` prints (docs/JSON.md).
struct SmoothOutcome: Encodable {
    let column: String
    /// "movingAverage" or "exponential".
    let method: String
    let interval: Int?
    let alpha: Double?
    let actual: [Double]
    /// null where the ToolPak writes #N/A.
    let forecasts: [Double?]
    let standardErrors: [Double?]

    init(column: String, method: SmoothingMethod, series: SmoothedSeries) {
        self.column = column
        switch method {
        case .movingAverage(let interval): (self.method, self.interval, alpha) = ("movingAverage", interval, nil)
        case .exponential(let alpha): (self.method, interval, self.alpha) = ("exponential", nil, alpha)
        }
        actual = series.actual
        forecasts = series.forecasts
        standardErrors = series.standardErrors
    }
}
