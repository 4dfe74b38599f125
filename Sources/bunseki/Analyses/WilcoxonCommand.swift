import Procedures
import Analysis
import ArgumentParser
import Report

/// `bunseki wilcoxon FILE --a COL --b COL`: the Wilcoxon signed-rank test of paired samples (before/after on
/// the same rows), as SciPy's `wilcoxon` with its defaults. Rows missing either value are left out.
struct WilcoxonCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "wilcoxon",
        abstract: "Wilcoxon signed-rank test (ウィルコクソンの符号付き順位検定) of paired samples, written to a result workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var samples: TwoSampleOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(WilcoxonProcedure(a: samples.first, b: samples.second, alpha: samples.alpha), input: input, result: result, language: language)
    }
}
