import ArgumentParser
import Analysis
import Foundation
import Report

/// `bunseki logistic FILE --y COL --x COL,COL`: logistic regression of a 0/1 outcome with odds ratios,
/// the likelihood-ratio test, McFadden's R², a classification table and a reading.
struct LogisticCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "logistic",
        abstract: "Logistic regression of a yes/no (0/1) column, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The outcome column holding 0 and 1, by header text or column letter.")
    var y: String

    @Option(name: .long, help: "Predictor columns, comma-separated.")
    var x: String

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: [y] + ColumnList.split(x), file: input.file)
        let variables = selection.variables.map { Variable(name: $0.name, values: $0.values) }
        guard let outcome = variables.first else { throw CLIError.noNumbers(file: input.file, sheet: table.sheetName, column: y) }
        let fit: LogisticRegression
        switch try LogisticRegression.fit(outcome: outcome, predictors: Array(variables.dropFirst())) {
        case .fitted(let fitted): fit = fitted
        case .separated(let separation):
            // The intercept diverges along with the separating predictors; naming the predictors is what helps.
            let predictors = separation.terms.filter { $0 != "Intercept" }
            throw CLIError.separation(outcome: outcome.name, terms: predictors.isEmpty ? separation.terms : predictors)
        }
        let document = LogisticWorkbook.document(language: language, sourceRows: selection.rowNumbers,
                                                 columns: selection.variables.map { DataColumn(name: $0.name, values: $0.values) },
                                                 fit: fit, title: (input.file as NSString).lastPathComponent)
        try deliver(document, input: input, result: result, analysis: "logistic",
                json: { LogisticOutcomeJSON(file: input.file, sheet: table.sheetName, fit: fit, selection: selection) },
                text: { ReportText.render(document, input: input.file, sheet: table.sheetName, selection: selection,
                                   writtenTo: $0, language: language) })
    }
}

/// What `logistic --json` prints (docs/JSON.md).
struct LogisticOutcomeJSON: Encodable {
    let file: String
    let sheet: String
    let tool = "logistic"
    let fit: LogisticRegression
    let ignoredCells: [IgnoredCell]
    let coercedCells: [String]

    init(file: String, sheet: String, fit: LogisticRegression, selection: NumericSelection) {
        self.file = file
        self.sheet = sheet
        self.fit = fit
        ignoredCells = selection.ignoredCells.map(IgnoredCell.init)
        coercedCells = selection.coercedCells.map(\.address.a1)
    }
}
