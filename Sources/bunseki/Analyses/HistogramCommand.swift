import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report

/// `bunseki histogram FILE --columns A,B [--bins 10,20,30] [--pareto]`: the ToolPak's Histogram, with the
/// user's bin edges or nice automatic ones, a chart per column, the Pareto order on request and a reading.
struct HistogramCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "histogram",
        abstract: "Frequency table and chart of numeric columns (the ToolPak's ヒストグラム), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Columns by header text or column letter, comma-separated; with --pareto a text column is counted by its categories.")
    var columns: String

    @Option(name: .long, help: "Upper bin edges, comma-separated (default: Sturges' rule with a rounded width).")
    var bins: String?

    @Flag(name: .long, help: "Also the Pareto (sorted histogram) table and chart: bins, or a text column's categories, by frequency, largest first.")
    var pareto = false

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(HistogramProcedure(columns: columns, bins: bins, pareto: pareto), input: input, result: result, language: language)
    }
}
