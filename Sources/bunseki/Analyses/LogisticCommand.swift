import Procedures
import ArgumentParser
import Analysis
import Foundation
import Report

/// `bunseki logistic FILE --y COL --x COL,COL`: logistic regression of a yes/no outcome (0/1, or two
/// text values such as はい/いいえ) on numeric and text predictors, with odds ratios, the
/// likelihood-ratio test, McFadden's R², a classification table and a reading.
struct LogisticCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "logistic",
        abstract: "Logistic regression of a yes/no column (0/1 or two text values), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The outcome column: 0 and 1, or two text values such as はい/いいえ, by header text or column letter.")
    var y: String

    @Option(name: .long, help: "Predictor columns, comma-separated; a text column (窓口) enters as 0/1 indicators.")
    var x: String

    @Option(name: .long, help: "The text value of --y counted as the event (1), when it is not はい, yes, あり or the like.")
    var event: String?

    @Option(name: .long, help: "Reference category of a text predictor, as COLUMN=LEVEL (default: its most frequent level).")
    var reference: [String] = []

    @OptionGroup var categories: CategoryOrderOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try perform(LogisticProcedure(y: y, x: x, event: event, reference: reference, order: categories.order), input: input, result: result, language: language)
    }
}
