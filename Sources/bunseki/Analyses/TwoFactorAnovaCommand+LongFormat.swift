import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

extension TwoFactorAnovaCommand {
    /// `anova2 --value COL --factors A,B`: one row per case, the value in one column and each factor's level
    /// in another (text or numbers as labels); any cell sizes, rows with a blank left out.
    func executeLongFormat(table: Table, value: String, factors: [String], language: Language) throws {
        guard factors.count == 2 else { throw CLIError.factorCount(given: factors) }
        let selection = try NumericSelection(table: table, columns: [value], file: input.file)
        let chosen = try factors.map { try table.requireColumn($0) }
        guard chosen[0].index != chosen[1].index else {
            throw CLIError.sameColumnTwice(column: chosen[0].name, options: ["--factors"])
        }
        let labels = chosen.map(\.categoryDataColumn)
        let variable = selection.variables[0]
        let anova = try LeastSquaresTwoWayANOVA.compute(
            value: variable, first: CategoricalVariable(name: labels[0].name, labels: labels[0].labels),
            second: CategoricalVariable(name: labels[1].name, labels: labels[1].labels), interaction: interaction,
            sumsOfSquares: type, alpha: alpha, rowLabels: selection.rowLabels)
        let document = LeastSquaresAnovaWorkbook.document(
            language: language, sourceRows: selection.rowNumbers, value: DataColumn(name: variable.name, values: variable.values),
            first: labels[0], second: labels[1], anova: anova, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "anova2", sheet: table.sheetName,
                selection: selection, language: language,
                json: { LongFormatAnovaOutcome(result: anova) })
    }
}

extension SumsOfSquaresType: ExpressibleByArgument {
    /// `2` or `3` (also `II`, `III`).
    public init?(argument: String) {
        switch argument.uppercased() {
        case "2", "II": self = .typeII
        case "3", "III": self = .typeIII
        default: return nil
        }
    }

    public var defaultValueDescription: String { self == .typeII ? "2" : "3" }

    public static var allValueStrings: [String] { ["2", "3"] }
}

/// What `anova2 --value --factors --json` prints (docs/JSON.md).
struct LongFormatAnovaOutcome: Encodable {
    let layout = "long"
    let result: LeastSquaresTwoWayANOVA
}
