import Procedures
import Analysis
import ArgumentParser
import Report

/// `bunseki normality FILE --columns A,B`: Shapiro–Wilk (AS R94), skewness and kurtosis with their standard
/// errors and a Q–Q plot per column, with a reading that says what to do next.
struct NormalityCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "normality",
        abstract: "Normality check (正規性の確認: Shapiro-Wilk test, skewness, kurtosis, Q-Q plot) of numeric columns, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Columns by header text or column letter, comma-separated (default: every number column).")
    var columns: String?

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(NormalityProcedure(columns: columns), input: input, result: result, language: language)
    }
}
