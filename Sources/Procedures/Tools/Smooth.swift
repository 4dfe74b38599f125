import Analysis
import Foundation
import Report

/// `bunseki smooth FILE --column COL (--moving-average N | --exponential ALPHA)`: the ToolPak's Moving
/// Average or Exponential Smoothing with its standard errors, a chart of actual against forecast and a reading.
package struct SmoothProcedure: Procedure {
    package var column: String
    package var interval: Int? = nil
    package var alpha: Double? = nil

    package init(column: String, interval: Int? = nil, alpha: Double? = nil) {
        self.column = column
        self.interval = interval
        self.alpha = alpha
    }

    /// The method the settings choose; refuses none or both.
    private func chosenMethod() throws -> SmoothingMethod {
        switch (interval, alpha) {
        case (let interval?, nil):
            try OptionValue.require(Double(interval), option: "--moving-average", in: .atLeast(2))
            return .movingAverage(interval: interval)
        case (nil, let alpha?):
            try OptionValue.require(alpha, option: "--exponential", in: .probability)
            return .exponential(alpha: alpha)
        default: throw ProcedureError.smoothingMethodChoice
        }
    }

    package func validate() throws {
        _ = try chosenMethod()
    }

    /// The series (the sheet rows holding a number and their values) and its smoothing: the result value every front
    /// end and the exercises' answer keys read.
    package func analyse(_ input: ToolInput) throws
        -> (selection: NumericSelection, name: String, rows: [Int], method: SmoothingMethod, series: SmoothedSeries) {
        let method = try chosenMethod()
        let selection = try NumericSelection(table: input.table, columns: [column], file: input.file)
        let (variable, rows, values) = try selection.series(file: input.file, sheet: input.sheet, column: column)
        return (selection, variable.name, rows, method, try method.smooth(values))
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let (selection, name, rows, method, series) = try analyse(input)
        let document = SmoothingWorkbook.document(language: language, sourceRows: rows, name: name,
                                                  method: method, series: series,
                                                  title: input.fileName)
        return ProcedureResult(analysis: "smooth", input: input, selection: selection, language: language,
                               body: SmoothOutcome(column: name, method: method, series: series), document: { document })
    }
}
/// What `smooth --json` prints (docs/JSON.md).
package struct SmoothOutcome: Encodable {
    package let column: String
    /// "movingAverage" or "exponential".
    package let method: String
    package let interval: Int?
    package let alpha: Double?
    package let actual: [Double]
    /// null where the ToolPak writes #N/A.
    package let forecasts: [Double?]
    package let standardErrors: [Double?]

    package init(column: String, method: SmoothingMethod, series: SmoothedSeries) {
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

