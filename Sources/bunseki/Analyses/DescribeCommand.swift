import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki describe FILE --columns A,B`: the ToolPak's Descriptive Statistics for each column, as a
/// result workbook (data sheet, statistics with live formulas, histograms) and as text or JSON.
struct DescribeCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Descriptive statistics of numeric columns (the ToolPak's 基本統計量), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Columns by header text or column letter, comma-separated (default: every number column).")
    var columns: String?

    @Option(name: .long, help: "Confidence level of the mean's interval, in percent.")
    var confidence: Double = 95

    @Option(name: .long, help: "k of the k-th largest and smallest values.")
    var kth: Int = 1

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(DescribeProcedure(columns: columns, confidence: confidence, kth: kth), input: input, result: result, language: language)
    }
}
