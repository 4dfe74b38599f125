import Procedures
import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki did FILE --value V --group G --treated LEVEL --period P --after LEVEL[,LEVEL…] [--unit U]`:
/// difference-in-differences on long data (one row per unit × period).
struct DiDCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "did",
        abstract: "Difference-in-differences (差の差分析) of a measure: treated vs comparison group, before vs after.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The outcome column (numbers).")
    var value: String

    @Option(name: .long, help: "The column naming each row's group.")
    var group: String

    @Option(name: .long, help: "The group that received the measure; every other group is the comparison.")
    var treated: String

    @Option(name: .long, help: "The column naming each row's period.")
    var period: String

    @Option(name: .long, help: "The periods after the measure, comma-separated; the others are before.")
    var after: String

    @Option(name: .long, help: "The column naming each unit (person, office) when units repeat over periods: cluster-robust standard errors.")
    var unit: String?

    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(DiDProcedure(value: value, group: group, treated: treated, period: period, after: after, unit: unit, order: categories.order), input: input, result: result, language: language)
    }
}
