import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki anova FILE --columns A,B,C` (one column per group, as the ToolPak takes them) or
/// `--value COL --group COL` (one row per observation): the ToolPak's Anova: Single Factor.
struct AnovaCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "anova",
        abstract: "One-way analysis of variance (the ToolPak's 分散分析: 一元配置) of columns as groups, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @OptionGroup var layout: GroupLayoutOptions

    @Option(name: .long, help: "Significance level α of F crit (the ToolPak's default 0.05).")
    var alpha: Double = 0.05

    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(AnovaProcedure(layout: layout.layout, alpha: alpha, order: categories.order), input: input, result: result, language: language)
    }
}
