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

/// A two-sample test command: it reads the two columns, runs its test, writes the result workbook and
/// prints the tool's table and its reading (or JSON), all in `runTest`.
protocol TwoSampleCommand: ReportingCommand, ReadsInputFile {
    var samples: TwoSampleOptions { get }
    var result: ResultOptions { get }
}

extension TwoSampleCommand {
    /// - Parameters:
    ///   - analysis: the default output suffix and the JSON `tool` name: `ttest`, `ftest`, `ztest`.
    ///   - test: the test on the two samples.
    ///   - report: the test as the result workbook shows it.
    func runTest<Result: Encodable>(analysis: String, language: Language, test: (Variable, Variable) throws -> Result,
                                    report: (Result) -> TwoSampleTest) throws {
        try OptionValue.require(samples.alpha, option: "--alpha", in: .probability)
        let table = try input.loadTable().table
        // A column compared with itself gives t = 0 or a zero variance that reads like a finding; say what went wrong.
        let chosen = try [samples.first, samples.second].map { try table.requireColumn($0) }
        guard chosen[0].index != chosen[1].index else {
            throw CLIError.sameColumnTwice(column: chosen[0].name, options: ["--a", "--b"])
        }
        let selection = try NumericSelection(table: table, columns: [samples.first, samples.second], file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let computed = try test(selection.variables[0], selection.variables[1])
        let document = TwoSampleTestWorkbook.document(
            language: language, sourceRows: selection.rowNumbers,
            first: DataColumn(name: selection.variables[0].name, values: selection.variables[0].values),
            second: DataColumn(name: selection.variables[1].name, values: selection.variables[1].values),
            test: report(computed), title: input.fileName)
        try deliver(document, input: input, result: result, analysis: analysis, sheet: table.sheetName,
                    selection: selection, language: language,
                    json: { TwoSampleOutcome(selection: selection,
                                             result: computed) })
    }
}

/// What a two-sample test prints with `--json` (docs/JSON.md).
struct TwoSampleOutcome<Result: Encodable>: Encodable {
    let columns: [String]
    let result: Result

    init(selection: NumericSelection, result: Result) {
        columns = selection.variables.map(\.name)
        self.result = result
    }
}
