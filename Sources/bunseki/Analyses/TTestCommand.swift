import Procedures
import Analysis
import ArgumentParser
import Report

/// `bunseki ttest FILE --a COL --b COL [--paired | --equal-variances]` or `--value COL --group COL [--levels A,B]`:
/// the ToolPak's t-test tools.
/// Without a flag it runs Welch's test, which does not need equal variances.
struct TTestCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "ttest",
        abstract: "t-test of two means (the ToolPak's t 検定: paired, equal variances, or Welch), written to a result workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var samples: TwoSampleLayoutOptions

    @Flag(name: .long, help: "Paired samples (before/after on the same rows, --a/--b only); rows missing either value are left out.")
    var paired = false

    @Flag(name: .long, help: "Two samples assuming equal variances (pooled); default: unequal variances (Welch).")
    var equalVariances = false

    @Option(name: .long, help: "Hypothesized mean difference Δ (Variable 1 − Variable 2).")
    var hypothesizedDifference: Double = 0

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(TTestProcedure(samples: samples.layout, alpha: samples.alpha, paired: paired,
                                   equalVariances: equalVariances, hypothesizedDifference: hypothesizedDifference), input: input, result: result, language: language)
    }
}
