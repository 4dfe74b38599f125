import Procedures
import Analysis
import ArgumentParser
import Report

/// `bunseki kruskal FILE --columns A,B,C` (one column per group) or `--value COL --group COL` (one row per
/// observation): the Kruskal–Wallis test, as SciPy's `kruskal`, with Dunn's pairwise comparisons (Holm).
struct KruskalCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "kruskal",
        abstract: "Kruskal-Wallis test (クラスカル・ウォリス検定) of groups by their ranks, with Dunn's pairwise comparisons, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @OptionGroup var layout: GroupLayoutOptions

    @Option(name: .long, help: "Significance level α of χ² crit, the reading and Dunn's comparisons (default 0.05).")
    var alpha: Double = 0.05

    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(KruskalProcedure(layout: layout.layout, alpha: alpha, order: categories.order), input: input, result: result, language: language)
    }
}
