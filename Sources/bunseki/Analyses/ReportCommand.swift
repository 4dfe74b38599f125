import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki report FILE`: a first look at a whole sheet. Every number column is described, every text
/// column gets a frequency table, the number columns' correlations are shaded by strength, and each
/// column's blanks and misfit cells are summarised.
///
/// Unlike the single analyses, number-like text (`１２`) does not stop the run: a first look is where such
/// cells should be found, so they are listed by address on the missing-data sheet and in the reading.
struct ReportCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A first look at a whole sheet: statistics, frequencies, correlations and missing data, in one workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(ReportProcedure(order: categories.order), input: input, result: result, language: language)
    }
}
