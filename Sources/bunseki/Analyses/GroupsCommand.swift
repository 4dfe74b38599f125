import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki groups FILE --value COL --by COL[,COL]`: count, mean, SD, minimum and maximum of a numeric
/// column by one or two category columns, as a PivotTable gives them.
struct GroupsCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Group summary (グループ別集計, as a PivotTable) of a numeric column by one or two category columns.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The numeric column to summarise.")
    var value: String

    @Option(name: .long, help: "One or two category columns, comma-separated.")
    var by: String

    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(GroupsProcedure(value: value, by: by, order: categories.order), input: input, result: result, language: language)
    }
}
