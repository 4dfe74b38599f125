import Procedures
import ArgumentParser
import Analysis
import Foundation
import Report

/// `bunseki sample FILE --column COL (--periodic N | --random N [--seed S])`: the ToolPak's Sampling,
/// periodic or random with replacement, written to a result workbook.
struct SampleCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Periodic or random sampling of a numeric column (the ToolPak's サンプリング), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The column to sample, by header text or column letter; empty cells are skipped.")
    var column: String

    @Option(name: .long, help: "Period N: take the N-th, 2N-th, … value (the ToolPak's 周期).")
    var periodic: Int?

    @Option(name: .long, help: "Draw N values at random with replacement (the ToolPak's ランダム).")
    var random: Int?

    @Option(name: .long, help: "Seed of the random draw; the same seed gives the same sample (default: a fresh seed, shown in the workbook).")
    var seed: UInt64?

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(SampleProcedure(column: column, periodic: periodic, random: random, seed: seed), input: input, result: result, language: language)
    }
}
