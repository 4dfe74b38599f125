import ArgumentParser
import Analysis
import Foundation
import Report

/// `bunseki sample FILE --column COL (--periodic N | --random N [--seed S])`: the ToolPak's Sampling,
/// periodic or random with replacement, written to a result workbook.
struct SampleCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Periodic or random sampling of a numeric column (the ToolPak's サンプリング), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The column to sample, by header text or column letter; empty cells are skipped.")
    var column: String

    @Option(name: .long, help: "Period N: take the N-th, 2N-th, … value (the ToolPak's 周期).")
    var periodic: Int?

    @Option(name: .long, help: "Draw N values at random with replacement (the ToolPak's ランダム).")
    var random: Int?

    @Option(name: .long, help: "Seed of the random draw; the same seed gives the same sample (default: a fresh seed, shown in the workbook).")
    var seed: UInt64?

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let method: SamplingMethod
        switch (periodic, random) {
        case (let period?, nil):
            try OptionValue.require(Double(period), option: "--periodic", in: .atLeast(1))
            method = .periodic(period: period)
        case (nil, let count?):
            try OptionValue.require(Double(count), option: "--random", in: .atLeast(1))
            method = .random(count: count, seed: seed ?? UInt64.random(in: 0...UInt64.max))
        default: throw CLIError.samplingMethodChoice
        }
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: [column], file: input.file)
        let (variable, rows, values) = try selection.series(file: input.file, sheet: table.sheetName, column: column)
        if case .periodic(let period) = method {
            try OptionValue.require(Double(period), option: "--periodic", in: .between(1, values.count))
        }
        let sample: [Double]
        switch method {
        case .periodic(let period): sample = try Sampling.periodic(variable, period: period)
        case .random(let count, let seed): sample = try Sampling.random(variable, count: count, seed: seed)
        }
        let document = SamplingWorkbook.document(language: language, sourceRows: rows, name: variable.name,
                                                 values: values, method: method, sample: sample,
                                                 title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "sample", sheet: table.sheetName,
                selection: selection, language: language,
                json: { SampleOutcome(column: variable.name, method: method, sample: sample) })
    }
}

/// What `sample --json` prints (docs/JSON.md).
struct SampleOutcome: Encodable {
    let column: String
    /// "periodic" or "random".
    let method: String
    let period: Int?
    let seed: UInt64?
    let sample: [Double]

    init(column: String, method: SamplingMethod, sample: [Double]) {
        self.column = column
        switch method {
        case .periodic(let period): (self.method, self.period, seed) = ("periodic", period, nil)
        case .random(_, let seed): (self.method, period, self.seed) = ("random", nil, seed)
        }
        self.sample = sample
    }
}
