import Analysis
import ArgumentParser
import Foundation
import Report

/// `--a COL --b COL --alpha 0.05`: the two samples a test tool compares, and its significance level.
struct TwoSampleOptions: ParsableArguments {
    @Option(name: .customLong("a"), help: "Variable 1: header text or column letter.")
    var first: String

    @Option(name: .customLong("b"), help: "Variable 2: header text or column letter.")
    var second: String

    @Option(name: .long, help: "Significance level α (the ToolPak's default 0.05).")
    var alpha: Double = 0.05
}

/// The steps every two-sample test command shares: read the two columns, run the test, write the
/// result workbook, print the tool's table and its reading (or JSON).
struct TwoSampleTool<Result: Encodable> {
    let input: InputOptions
    let samples: TwoSampleOptions
    let result: ResultOptions
    let output: OutputOptions
    /// The default output suffix and the JSON `tool` name: `ttest`, `ftest`, `ztest`.
    let analysis: String

    func run(language: Language, emit: (String) -> Void, emitJSON: (TwoSampleOutcome<Result>) throws -> Void,
             test: (Variable, Variable) throws -> Result, report: (Result) -> TwoSampleTest) throws {
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: [samples.first, samples.second], file: input.file)
        for variable in selection.variables where !variable.values.contains(where: { $0 != nil }) {
            throw CLIError.noNumbers(file: input.file, sheet: table.sheetName, column: variable.name)
        }
        let computed = try test(selection.variables[0], selection.variables[1])
        let document = TwoSampleTestWorkbook.document(
            language: language, sourceRows: selection.rowNumbers,
            first: DataColumn(name: selection.variables[0].name, values: selection.variables[0].values),
            second: DataColumn(name: selection.variables[1].name, values: selection.variables[1].values),
            test: report(computed), title: (input.file as NSString).lastPathComponent)
        var written: URL?
        if !output.json || result.output != nil {
            written = try ResultFile.write(document, input: input.file, options: result, analysis: analysis)
        }
        if output.json {
            try emitJSON(TwoSampleOutcome(file: input.file, sheet: table.sheetName, tool: analysis, selection: selection,
                                          result: computed))
        } else {
            emit(ReportText.render(document, input: input.file, sheet: table.sheetName, selection: selection,
                                   writtenTo: written, language: language))
        }
    }
}

/// What a two-sample test prints with `--json` (docs/JSON.md).
struct TwoSampleOutcome<Result: Encodable>: Encodable {
    let file: String
    let sheet: String
    let tool: String
    let columns: [String]
    let result: Result
    let ignoredCells: [IgnoredCell]
    let coercedCells: [String]

    init(file: String, sheet: String, tool: String, selection: NumericSelection, result: Result) {
        self.file = file
        self.sheet = sheet
        self.tool = tool
        columns = selection.variables.map(\.name)
        self.result = result
        ignoredCells = selection.ignoredCells.map(IgnoredCell.init)
        coercedCells = selection.coercedCells.map(\.address.a1)
    }
}
