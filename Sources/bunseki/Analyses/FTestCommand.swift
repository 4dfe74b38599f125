import Analysis
import ArgumentParser
import Report

/// `bunseki ftest FILE --a COL --b COL`: the ToolPak's F-Test Two-Sample for Variances.
struct FTestCommand: TwoSampleCommand {
    static let configuration = CommandConfiguration(
        commandName: "ftest",
        abstract: "F-test of two variances (the ToolPak's F 検定), written to a result workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var samples: TwoSampleOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try runTest(analysis: "ftest", language: language,
                    test: { a, b in try FTest.compute(a, b, alpha: samples.alpha) }, report: TwoSampleTest.f)
    }
}
