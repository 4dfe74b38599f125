import Procedures
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
        try perform(SmoothProcedure(column: column, interval: interval, alpha: alpha), input: input, result: result, language: language)
    }
}
