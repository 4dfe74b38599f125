import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki describe FILE --columns A,B`: the ToolPak's Descriptive Statistics for each column, as a
/// result workbook (data sheet, statistics with live formulas, histograms) and as text or JSON.
struct DescribeCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Descriptive statistics of numeric columns (the ToolPak's 基本統計量), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Columns by header text or column letter, comma-separated (default: every number column).")
    var columns: String?

    @Option(name: .long, help: "Confidence level of the mean's interval, in percent.")
    var confidence: Double = 95

    @Option(name: .long, help: "k of the k-th largest and smallest values.")
    var kth: Int = 1

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let level = try ConfidencePercent.level(confidence)
        let loaded = try input.loadTable()
        let table = loaded.table
        let keys = columns.map(ColumnList.split) ?? table.columns.filter { $0.type == .number }.map(\.name)
        guard !keys.isEmpty else { throw CLIError.noNumberColumns(file: input.file, sheet: table.sheetName) }
        let selection = try NumericSelection(table: table, columns: keys, file: input.file)
        let statistics = try selection.variables.map { variable in
            guard variable.values.contains(where: { $0 != nil }) else {
                throw CLIError.noNumbers(file: input.file, sheet: table.sheetName, column: variable.name)
            }
            return try DescriptiveStatistics.compute(variable, confidenceLevel: level, k: kth)
        }
        let shapiroWilk = selection.variables.map { ShapiroWilk.test($0.values.compactMap { $0 }.filter(\.isFinite)) }
        let outcome = CommandOutcome(file: input.file, sheet: table.sheetName, tool: "describe",
                                     body: DescribeOutcome(selection: selection, statistics: statistics, shapiroWilk: shapiroWilk),
                                     selection: selection)

        var written: URL?
        if !output.json || result.output != nil {
            let document = DescribeWorkbook.document(
                language: language, sourceRows: selection.rowNumbers,
                columns: selection.variables.map { DataColumn(name: $0.name, values: $0.values) },
                statistics: statistics, shapiroWilk: shapiroWilk, title: input.fileName)
            written = try ResultFile.write(document, input: input.file, options: result, analysis: "describe")
        }
        if output.json {
            try emitJSON(outcome)
        } else {
            emit(DescribeText(outcome: outcome, language: language).render(writtenTo: written))
        }
    }
}

/// What `describe --json` prints (docs/JSON.md).
struct DescribeOutcome: Encodable {
    struct Described: Encodable {
        let column: String
        let statistics: DescriptiveStatistics
        /// Absent outside 3 to 5000 values or when all values are equal.
        let shapiroWilk: ShapiroWilk?
    }

    let columns: [Described]

    init(selection: NumericSelection, statistics: [DescriptiveStatistics], shapiroWilk: [ShapiroWilk?]) {
        columns = zip(selection.variables, zip(statistics, shapiroWilk)).map {
            Described(column: $0.name, statistics: $1.0, shapiroWilk: $1.1)
        }
    }
}
