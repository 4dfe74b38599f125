import Procedures
import Analysis
import ArgumentParser
import Report

/// `bunseki mannwhitney FILE --a COL --b COL` (or `--value COL --group COL [--levels A,B]`): the Mann–Whitney U test
/// (Wilcoxon rank-sum test) of two independent samples, as SciPy's `mannwhitneyu` with its defaults.
struct MannWhitneyCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "mannwhitney",
        abstract: "Mann-Whitney U test (マン・ホイットニーの U 検定) of two independent samples by their ranks, written to a result workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var samples: TwoSampleLayoutOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(MannWhitneyProcedure(samples: samples.layout, alpha: samples.alpha), input: input, result: result,
                    language: language)
    }
}
