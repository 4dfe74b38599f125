import Analysis
import Foundation
import Report

/// `bunseki sample FILE --column COL (--periodic N | --random N [--seed S])`: the ToolPak's Sampling,
/// periodic or random with replacement, written to a result workbook.
package struct SampleProcedure: Procedure {
    package var column: String
    package var periodic: Int? = nil
    package var random: Int? = nil
    package var seed: UInt64? = nil

    package init(column: String, periodic: Int? = nil, random: Int? = nil, seed: UInt64? = nil) {
        self.column = column
        self.periodic = periodic
        self.random = random
        self.seed = seed
    }

    /// The method the settings choose; refuses none or both.
    private func chosenMethod() throws -> SamplingMethod {
        switch (periodic, random) {
        case (let period?, nil):
            try OptionValue.require(Double(period), option: "--periodic", in: .atLeast(1))
            return .periodic(period: period)
        case (nil, let count?):
            try OptionValue.require(Double(count), option: "--random", in: .atLeast(1))
            return .random(count: count, seed: seed ?? UInt64.random(in: 0...UInt64.max))
        default: throw ProcedureError.samplingMethodChoice
        }
    }

    package func validate() throws {
        _ = try chosenMethod()
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let method = try chosenMethod()
        let table = input.table
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
        return ProcedureResult(analysis: "sample", input: input, selection: selection, language: language,
                               body: SampleOutcome(column: variable.name, method: method, sample: sample), document: { document })
    }
}
/// What `sample --json` prints (docs/JSON.md).
package struct SampleOutcome: Encodable {
    package let column: String
    /// "periodic" or "random".
    package let method: String
    package let period: Int?
    package let seed: UInt64?
    package let sample: [Double]

    package init(column: String, method: SamplingMethod, sample: [Double]) {
        self.column = column
        switch method {
        case .periodic(let period): (self.method, self.period, seed) = ("periodic", period, nil)
        case .random(_, let seed): (self.method, period, self.seed) = ("random", nil, seed)
        }
        self.sample = sample
    }
}

