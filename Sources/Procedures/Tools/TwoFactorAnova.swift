import Analysis
import Foundation
import Report
import Tabular

/// The ToolPak's Anova: Two-Factor Without Replication (each row a level of the row factor, each column a level of
/// the column factor); with `replication` N, Anova: Two-Factor With Replication, the rows read as samples of N
/// consecutive rows; with `value` and `factors` instead, one row per case and any cell sizes, by least squares.
package struct TwoFactorAnovaProcedure: Procedure {
    package var columns: String?
    package var value: String?
    package var factors: String?
    package var interaction = true
    package var type: SumsOfSquaresType = .typeII
    package var rowLabels: String?
    package var replication: Int?
    package var alpha: Double = 0.05
    /// `--order 列=A,B,C` choices (`CategoryOrder`) for the factors of the one-row-per-case layout.
    package var order: [String] = []

    package init(columns: String? = nil, value: String? = nil, factors: String? = nil, interaction: Bool = true,
                 type: SumsOfSquaresType = .typeII, rowLabels: String? = nil, replication: Int? = nil, alpha: Double = 0.05,
                 order: [String] = []) {
        (self.columns, self.value, self.factors, self.interaction) = (columns, value, factors, interaction)
        (self.type, self.rowLabels, self.replication, self.alpha, self.order) = (type, rowLabels, replication, alpha, order)
    }

    package func validate() throws {
        _ = try CategoryOrder.parse(order)
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
        if let replication { try OptionValue.require(Double(replication), option: "--replication", in: .atLeast(2)) }
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        if value != nil || factors != nil {
            guard columns == nil, rowLabels == nil, replication == nil, let value, let factors else {
                throw ProcedureError.twoFactorLayoutChoice
            }
            return try longFormat(input, table: table, value: value, factors: ColumnList.split(factors), language: language)
        }
        guard let columns else { throw ProcedureError.twoFactorLayoutChoice }
        let selection = try NumericSelection(table: table, columns: ColumnList.split(columns), file: input.file)
        let labelColumn = try rowLabels.map { try table.requireColumn($0) }
        let labels = labelColumn?.categoryLabels
        if let replication {
            return try replicated(input, replicates: replication, table: table, selection: selection, labels: labels,
                                  rowName: labelColumn?.name, language: language)
        }
        let complete = selection.rowNumbers.indices.filter { row in selection.variables.allSatisfy { $0.values[row] != nil } }
        let rowNames = complete.map { row in
            labels.flatMap { row < $0.count ? $0[row] : nil }
                ?? language.pick(ja: "行 \(selection.rowNumbers[row])", en: "Row \(selection.rowNumbers[row])")
        }
        let grid = complete.map { row in selection.variables.map { $0.values[row] ?? .nan } }
        let anova = try TwoWayANOVAWithoutReplication.compute(grid: grid, rowNames: rowNames,
                                                              columnNames: selection.variables.map(\.name), alpha: alpha)
        let document = TwoFactorAnovaWorkbook.document(
            language: language, sourceRows: complete.map { selection.rowNumbers[$0] },
            columns: selection.variables.map { variable in DataColumn(name: variable.name, values: complete.map { variable.values[$0] }) },
            anova: anova, droppedRowCount: selection.rowNumbers.count - complete.count, rowName: labelColumn?.name,
            title: input.fileName)
        return ProcedureResult(analysis: "anova2", input: input, selection: selection, language: language,
                               body: TwoFactorAnovaOutcome(result: anova), document: { document })
    }

    /// `replication` N: the rows, in sheet order, are samples of N consecutive rows (the ToolPak's Rows per sample);
    /// every cell must hold a number, as the ToolPak's balanced design needs.
    private func replicated(_ input: ToolInput, replicates: Int, table: Table, selection: NumericSelection, labels: [String?]?,
                            rowName: String?, language: Language) throws -> ProcedureResult {
        let rowCount = selection.rowNumbers.count
        guard rowCount % replicates == 0 else {
            throw ProcedureError.replicationRows(file: input.file, sheet: table.sheetName, rows: rowCount, replicates: replicates)
        }
        for variable in selection.variables {
            if let blank = variable.values.firstIndex(where: { $0 == nil }) {
                throw ProcedureError.blankInReplication(file: input.file, sheet: table.sheetName, column: variable.name,
                                                  row: selection.rowNumbers[blank])
            }
        }
        let samples = stride(from: 0, to: rowCount, by: replicates).map { $0..<($0 + replicates) }
        let sampleNames = samples.enumerated().map { index, rows in
            labels.flatMap { rows.lowerBound < $0.count ? $0[rows.lowerBound] : nil }
                ?? language.pick(ja: "標本 \(index + 1)", en: "Sample \(index + 1)")
        }
        let filled = selection.variables.map { $0.values.compactMap { $0 } }
        let cells = samples.map { rows in filled.map { Array($0[rows]) } }
        let anova = try TwoWayANOVA.compute(cells: cells, rowNames: sampleNames,
                                            columnNames: selection.variables.map(\.name), alpha: alpha)
        let document = ReplicatedAnovaWorkbook.document(
            language: language, sourceRows: selection.rowNumbers,
            columns: selection.variables.map { DataColumn(name: $0.name, values: $0.values) }, replicates: replicates,
            anova: anova, rowName: rowName, title: input.fileName)
        return ProcedureResult(analysis: "anova2", input: input, selection: selection, language: language,
                               body: ReplicatedAnovaOutcome(replication: replicates, result: anova), document: { document })
    }

    /// `value` with `factors`: one row per case, the value in one column and each factor's level in another (text or
    /// numbers as labels); any cell sizes, rows with a blank left out.
    private func longFormat(_ input: ToolInput, table: Table, value: String, factors: [String], language: Language) throws -> ProcedureResult {
        guard factors.count == 2 else { throw ProcedureError.factorCount(given: factors) }
        let selection = try NumericSelection(table: table, columns: [value], file: input.file)
        let chosen = try factors.map { try table.requireColumn($0) }
        guard chosen[0].index != chosen[1].index else {
            throw ProcedureError.sameColumnTwice(column: chosen[0].name, options: ["--factors"])
        }
        let labels = chosen.map(\.categoryDataColumn)
        let orders = try CategoryOrder(order, table: table, file: input.file)
        let variable = selection.variables[0]
        let anova = try LeastSquaresTwoWayANOVA.compute(
            value: variable, first: CategoricalVariable(name: labels[0].name, labels: labels[0].labels, levelOrder: orders.preferred(chosen[0])),
            second: CategoricalVariable(name: labels[1].name, labels: labels[1].labels, levelOrder: orders.preferred(chosen[1])),
            interaction: interaction,
            sumsOfSquares: type, alpha: alpha, rowLabels: selection.rowLabels)
        let document = LeastSquaresAnovaWorkbook.document(
            language: language, sourceRows: selection.rowNumbers, value: DataColumn(name: variable.name, values: variable.values),
            first: labels[0], second: labels[1], anova: anova, title: input.fileName)
        return ProcedureResult(analysis: "anova2", input: input, selection: selection, language: language,
                               body: LongFormatAnovaOutcome(result: anova), document: { document })
    }
}

/// What `anova2 --json` prints (docs/JSON.md).
package struct TwoFactorAnovaOutcome: Encodable {
    package let result: TwoWayANOVAWithoutReplication
}

/// What `anova2 --replication N --json` prints (docs/JSON.md).
package struct ReplicatedAnovaOutcome: Encodable {
    package let replication: Int
    package let result: TwoWayANOVA
}

/// What `anova2 --value --factors --json` prints (docs/JSON.md).
package struct LongFormatAnovaOutcome: Encodable {
    package let layout = "long"
    package let result: LeastSquaresTwoWayANOVA
}
