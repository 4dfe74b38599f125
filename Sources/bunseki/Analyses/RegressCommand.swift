import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report

/// `bunseki regress FILE --y COL --x COL,COL`: the ToolPak's Regression by least squares, as a result
/// workbook (data sheet, regression output with charts, a plain-language reading) and as text or JSON.
struct RegressCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "regress",
        abstract: "Linear regression (the ToolPak's 回帰分析) of one column on others, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The response (y) column, by header text or column letter.")
    var y: String

    @Option(name: .long, help: "Predictor (x) columns, comma-separated; a text column (所属) enters as 0/1 indicators.")
    var x: String

    @Option(name: .long, help: "Reference category of a text predictor, as COLUMN=LEVEL (default: its most frequent level).")
    var reference: [String] = []

    @Flag(name: .long, help: "Fit without an intercept (the ToolPak's \"Constant is Zero\").")
    var noIntercept = false

    @Option(name: .long, help: "Fit a polynomial of this degree (1-10) in the one --x column: terms x, x^2, …, x^K, formed exactly from x.")
    var degree: Int?

    @Option(name: .long, help: "Confidence level of the coefficient intervals, in percent (95 is always shown too).")
    var confidence: Double = 95

    @Option(name: .long, help: "Also show heteroskedasticity-robust standard errors: hc1 or hc3.")
    var robust: StandardErrorKind?

    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(RegressProcedure(y: y, x: x, reference: reference, noIntercept: noIntercept, degree: degree,
                            confidence: confidence, robust: robust, order: categories.order),
                    input: input, result: result, language: language)
    }
}

extension StandardErrorKind: ExpressibleByArgument {}
