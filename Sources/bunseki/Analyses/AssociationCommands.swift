import Analysis
import ArgumentParser
import Foundation
import Report

/// `bunseki correl FILE --columns A,B,C`: the ToolPak's Correlation matrix with p-values, n per pair and
/// Spearman's rank correlation; the workbook also holds the covariances.
struct CorrelCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "correl",
        abstract: "Correlation matrix (the ToolPak's 相関) with p-values and Spearman's ρ, written to a result workbook.")

    @OptionGroup var input: InputOptions
    @Option(name: .long, help: "Two or more columns by header text or column letter, comma-separated.")
    var columns: String
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try AssociationTool(input: input, columns: columns, result: result, output: output, tool: .correlation)
            .run(language: language, emit: emit, emitJSON: emitJSON)
    }
}

/// `bunseki covariance FILE --columns A,B,C`: the ToolPak's Covariance matrix (divided by n) and the
/// sample covariances; the workbook also holds the correlations.
struct CovarianceCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "covariance",
        abstract: "Covariance matrix (the ToolPak's 共分散, divided by n) and sample covariances, written to a result workbook.")

    @OptionGroup var input: InputOptions
    @Option(name: .long, help: "Two or more columns by header text or column letter, comma-separated.")
    var columns: String
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try AssociationTool(input: input, columns: columns, result: result, output: output, tool: .covariance)
            .run(language: language, emit: emit, emitJSON: emitJSON)
    }
}

/// The steps `correl` and `covariance` share.
struct AssociationTool {
    let input: InputOptions
    let columns: String
    let result: ResultOptions
    let output: OutputOptions
    let tool: AssociationWorkbook.Tool

    private var analysis: String { tool == .correlation ? "correl" : "covariance" }

    func run(language: Language, emit: (String) -> Void, emitJSON: (AssociationOutcome) throws -> Void) throws {
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: ColumnList.split(columns), file: input.file)
        for variable in selection.variables where !variable.values.contains(where: { $0 != nil }) {
            throw CLIError.noNumbers(file: input.file, sheet: table.sheetName, column: variable.name)
        }
        let matrix = try CorrelationMatrix.compute(selection.variables)
        let document = AssociationWorkbook.document(
            language: language, tool: tool, sourceRows: selection.rowNumbers,
            columns: selection.variables.map { DataColumn(name: $0.name, values: $0.values) }, matrix: matrix,
            title: (input.file as NSString).lastPathComponent)
        var written: URL?
        if !output.json || result.output != nil {
            written = try ResultFile.write(document, input: input.file, options: result, analysis: analysis)
        }
        if output.json {
            try emitJSON(AssociationOutcome(file: input.file, sheet: table.sheetName, tool: analysis, result: matrix,
                                            ignoredCells: selection.ignoredCells.map(IgnoredCell.init),
                                            coercedCells: selection.coercedCells.map(\.address.a1)))
        } else {
            emit(ReportText.render(document, input: input.file, sheet: table.sheetName, selection: selection,
                                   writtenTo: written, language: language))
        }
    }
}

/// What `correl --json` and `covariance --json` print (docs/JSON.md).
struct AssociationOutcome: Encodable {
    let file: String
    let sheet: String
    let tool: String
    let result: CorrelationMatrix
    let ignoredCells: [IgnoredCell]
    let coercedCells: [String]
}
