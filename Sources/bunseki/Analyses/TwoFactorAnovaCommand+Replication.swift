import Analysis
import Foundation
import Report
import Tabular

extension TwoFactorAnovaCommand {
    /// `anova2 --replication N`: the rows, in sheet order, are samples of N consecutive rows (the ToolPak's
    /// Rows per sample); every cell must hold a number, as the ToolPak's balanced design needs.
    func executeReplicated(replicates: Int, table: Table, selection: NumericSelection, labels: [String?]?,
                           language: Language) throws {
        try OptionValue.require(Double(replicates), option: "--replication", in: .atLeast(2))
        let rowCount = selection.rowNumbers.count
        guard rowCount % replicates == 0 else {
            throw CLIError.replicationRows(file: input.file, sheet: table.sheetName, rows: rowCount, replicates: replicates)
        }
        for variable in selection.variables {
            if let blank = variable.values.firstIndex(where: { $0 == nil }) {
                throw CLIError.blankInReplication(file: input.file, sheet: table.sheetName, column: variable.name,
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
            anova: anova, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "anova2", sheet: table.sheetName,
                selection: selection, language: language,
                json: { ReplicatedAnovaOutcome(replication: replicates, result: anova) })
    }
}

/// What `anova2 --replication N --json` prints (docs/JSON.md).
struct ReplicatedAnovaOutcome: Encodable {
    let replication: Int
    let result: TwoWayANOVA
}
