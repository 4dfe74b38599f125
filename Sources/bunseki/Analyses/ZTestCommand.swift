import Procedures
import Analysis
import ArgumentParser
import Report

/// `bunseki ztest FILE --a COL --b COL --variance-a V --variance-b V`: the ToolPak's z-Test: Two Sample
/// for Means, with the variances known beforehand (not estimated from the data).
struct ZTestCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "ztest",
        abstract: "z-test of two means with known variances (the ToolPak's z 検定), written to a result workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var samples: TwoSampleLayoutOptions

    @Option(name: .long, help: "Known variance σ² of Variable 1.")
    var varianceA: Double

    @Option(name: .long, help: "Known variance σ² of Variable 2.")
    var varianceB: Double

    @Option(name: .long, help: "Hypothesized mean difference Δ (Variable 1 − Variable 2).")
    var hypothesizedDifference: Double = 0

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(ZTestProcedure(samples: samples.layout, alpha: samples.alpha, varianceA: varianceA,
                                   varianceB: varianceB, hypothesizedDifference: hypothesizedDifference), input: input, result: result, language: language)
    }
}
