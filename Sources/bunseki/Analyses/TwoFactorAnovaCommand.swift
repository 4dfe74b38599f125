import Analysis
import ArgumentParser
import Foundation
import Report

/// `bunseki anova2 FILE --columns A,B,C [--row-labels COL]`: the ToolPak's Anova: Two-Factor Without
/// Replication, each row a level of the row factor (a block), each column a level of the column factor;
/// with `--replication N`, Anova: Two-Factor With Replication, the rows read as samples of N consecutive rows;
/// with `--value COL --factors A,B` instead, one row per case and any cell sizes, by least squares.
struct TwoFactorAnovaCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "anova2",
        abstract: "Two-factor ANOVA without or, with --replication, with replication (the ToolPak's 分散分析: 繰り返しのない/ある二元配置), or of one row per case with --value and --factors, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Two or more columns, the column factor's levels, comma-separated (the ToolPak's layout).")
    var columns: String?

    @Option(name: .long, help: "With --factors: the numeric column, one row per case (long format, any cell sizes).")
    var value: String?

    @Option(name: .long, help: "With --value: the two category columns, comma-separated (e.g. 窓口,曜日).")
    var factors: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "With --value: include the interaction of the two factors.")
    var interaction = true

    @Option(name: .long, help: "With --value: the type of sums of squares, 2 (default) or 3.")
    var type: SumsOfSquaresType = .typeII

    @Option(name: .long, help: "The column naming each row's level (default: the row number); with --replication, read at each sample's first row.")
    var rowLabels: String?

    @Option(name: .long, help: "Rows per sample (the ToolPak's 1 標本あたりの行数): run the with-replication tool on blocks of N rows.")
    var replication: Int?

    @Option(name: .long, help: "Significance level α of F crit (the ToolPak's default 0.05).")
    var alpha: Double = 0.05

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
        let table = try input.loadTable().table
        if value != nil || factors != nil {
            guard columns == nil, rowLabels == nil, replication == nil, let value, let factors else {
                throw CLIError.twoFactorLayoutChoice
            }
            return try executeLongFormat(table: table, value: value, factors: ColumnList.split(factors), language: language)
        }
        guard let columns else { throw CLIError.twoFactorLayoutChoice }
        let selection = try NumericSelection(table: table, columns: ColumnList.split(columns), file: input.file)
        let labels = try rowLabels.map { try table.requireColumn($0).categoryLabels }
        if let replication {
            return try executeReplicated(replicates: replication, table: table, selection: selection, labels: labels,
                                         language: language)
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
            anova: anova, droppedRowCount: selection.rowNumbers.count - complete.count,
            title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "anova2", sheet: table.sheetName,
                selection: selection, language: language,
                json: { TwoFactorAnovaOutcome(result: anova) })
    }
}

/// What `anova2 --json` prints (docs/JSON.md).
struct TwoFactorAnovaOutcome: Encodable {
    let result: TwoWayANOVAWithoutReplication
}
