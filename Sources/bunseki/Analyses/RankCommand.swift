import Procedures
import ArgumentParser
import Analysis
import Foundation
import Report

/// `bunseki rank FILE --column COL`: the ToolPak's Rank and Percentile with live `LARGE`, `RANK.EQ`
/// and `PERCENTRANK.INC` formulas and a reading.
struct RankCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank and percent rank of a numeric column (the ToolPak's 順位と百分位数), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The column to rank, by header text or column letter; empty cells are skipped.")
    var column: String

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(RankProcedure(column: column), input: input, result: result, language: language)
    }
}
