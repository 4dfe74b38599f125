import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki crosstab FILE --rows COL --cols COL`: a cross tabulation of two category columns with the
/// chi-square test of independence, Cramér's V, adjusted residuals and (2×2) Fisher's exact test.
struct CrossTabCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "crosstab",
        abstract: "Cross tabulation (クロス集計) of two category columns with the chi-square test, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The column whose categories label the table's rows.")
    var rows: String

    @Option(name: .long, help: "The column whose categories label the table's columns.")
    var cols: String

    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(CrossTabProcedure(rows: rows, cols: cols, order: categories.order), input: input, result: result, language: language)
    }
}
