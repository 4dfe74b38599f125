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

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let table = try input.loadTable().table
        let yColumn = try table.requireColumn(y)
        let xColumns = try ColumnList.split(x).map { try table.requireColumn($0) }
        let textOutcome = yColumn.type == .text
        let selection = try NumericSelection(table: table, columns: (textOutcome ? [] : [y]) + CodedPredictors.numericNames(xColumns),
                                             file: input.file)
        let binary = try textOutcome ? BinaryOutcome(variable: yColumn.name, labels: yColumn.categoryLabels, event: event) : nil
        guard let outcome = binary?.coded ?? selection.variables.first else {
            throw CLIError.noNumbers(file: input.file, sheet: table.sheetName, column: y)
        }
        let coded = try CodedPredictors(columns: xColumns, numeric: selection.variables.dropFirst(textOutcome ? 0 : 1),
                                        references: reference)
        let fit: LogisticRegression
        switch try LogisticRegression.fit(outcome: outcome, predictors: coded.variables) {
        case .fitted(let fitted): fit = fitted
        case .separated(let separation):
            // The intercept diverges along with the separating predictors; naming the predictors is what helps.
            let predictors = separation.terms.filter { $0 != "Intercept" }
            throw CLIError.separation(outcome: outcome.name, terms: predictors.isEmpty ? separation.terms : predictors)
        }
        let document = LogisticWorkbook.document(language: language, sourceRows: selection.rowNumbers,
                                                 columns: ([outcome] + coded.variables).map { DataColumn(name: $0.name, values: $0.values) },
                                                 fit: fit, outcome: binary, categories: coded.categories,
                                                 title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "logistic", sheet: table.sheetName,
                selection: selection, language: language,
                json: { LogisticOutcomeJSON(fit: fit, outcome: binary, categories: coded.categories) })
    }
}

/// What `logistic --json` prints (docs/JSON.md).
struct LogisticOutcomeJSON: Encodable {
    let fit: LogisticRegression
    /// A text outcome: the column, the level coded 1 and the level coded 0; absent for a 0/1 column.
    let outcome: BinaryOutcome?
    /// Text predictors as indicators: the column, its reference level and the other levels.
    let categories: [DummyCoding]

    init(fit: LogisticRegression, outcome: BinaryOutcome?, categories: [DummyCoding]) {
        self.fit = fit
        self.outcome = outcome
        self.categories = categories
    }
}
