import Analysis
import Foundation
import Report

/// `bunseki logistic FILE --y COL --x COL,COL`: logistic regression of a yes/no outcome (0/1, or two
/// text values such as はい/いいえ) on numeric and text predictors, with odds ratios, the
/// likelihood-ratio test, McFadden's R², a classification table and a reading.
package struct LogisticProcedure: Procedure {
    package var y: String
    package var x: String
    package var event: String? = nil
    package var reference: [String] = []
    /// `--order 列=A,B,C` choices (`CategoryOrder`) for text predictors: the indicators' order, the first the reference.
    package var order: [String] = []

    package init(y: String, x: String, event: String? = nil, reference: [String] = [], order: [String] = []) {
        self.y = y
        self.x = x
        self.event = event
        self.reference = reference
        self.order = order
    }

    package func validate() throws {
        _ = try CategoryOrder.parse(order)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let yColumn = try table.requireColumn(y)
        let xColumns = try ColumnList.split(x).map { try table.requireColumn($0) }
        let textOutcome = yColumn.type == .text
        let selection = try NumericSelection(table: table, columns: (textOutcome ? [] : [y]) + CodedPredictors.numericNames(xColumns),
                                             file: input.file)
        let binary = try textOutcome ? BinaryOutcome(variable: yColumn.name, labels: yColumn.categoryLabels, event: event) : nil
        guard let outcome = binary?.coded ?? selection.variables.first else {
            throw ProcedureError.noNumbers(file: input.file, sheet: table.sheetName, column: y)
        }
        let coded = try CodedPredictors(columns: xColumns, numeric: selection.variables.dropFirst(textOutcome ? 0 : 1),
                                        references: reference, order: CategoryOrder(order, table: table, file: input.file))
        let fit: LogisticRegression
        switch try LogisticRegression.fit(outcome: outcome, predictors: coded.variables) {
        case .fitted(let fitted): fit = fitted
        case .separated(let separation):
            // The intercept diverges along with the separating predictors; naming the predictors is what helps.
            let predictors = separation.terms.filter { $0 != "Intercept" }
            throw ProcedureError.separation(outcome: outcome.name, terms: predictors.isEmpty ? separation.terms : predictors)
        }
        let document = LogisticWorkbook.document(language: language, sourceRows: selection.rowNumbers,
                                                 columns: ([outcome] + coded.variables).map { DataColumn(name: $0.name, values: $0.values) },
                                                 fit: fit, outcome: binary, categories: coded.categories,
                                                 title: input.fileName)
        return ProcedureResult(analysis: "logistic", input: input, selection: selection, language: language,
                               body: LogisticOutcomeJSON(fit: fit, outcome: binary, categories: coded.categories), document: { document })
    }
}
/// What `logistic --json` prints (docs/JSON.md).
package struct LogisticOutcomeJSON: Encodable {
    package let fit: LogisticRegression
    /// A text outcome: the column, the level coded 1 and the level coded 0; absent for a 0/1 column.
    package let outcome: BinaryOutcome?
    /// Text predictors as indicators: the column, its reference level and the other levels.
    package let categories: [DummyCoding]

    package init(fit: LogisticRegression, outcome: BinaryOutcome?, categories: [DummyCoding]) {
        self.fit = fit
        self.outcome = outcome
        self.categories = categories
    }
}

