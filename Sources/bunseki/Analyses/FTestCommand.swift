import Procedures
import Analysis
import ArgumentParser
import Report

/// `bunseki ftest FILE --a COL --b COL` (or `--value COL --group COL [--levels A,B]`): the ToolPak's F-Test Two-Sample for Variances.
struct FTestCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "ftest",
        abstract: "F-test of two variances (the ToolPak's F 検定), written to a result workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var samples: TwoSampleLayoutOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(FTestProcedure(samples: samples.layout, alpha: samples.alpha), input: input, result: result, language: language)
    }
}
