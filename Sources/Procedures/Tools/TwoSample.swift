import Analysis
import Foundation
import Report
import Tabular

/// The ToolPak's t-test tools (t 検定): paired, two samples with equal variances, or Welch's test (the default,
/// which does not need equal variances).
package struct TTestProcedure: Procedure {
    package var a: String
    package var b: String
    package var alpha: Double = 0.05
    package var paired = false
    package var equalVariances = false
    /// Hypothesized mean difference Δ (Variable 1 − Variable 2).
    package var hypothesizedDifference: Double = 0

    package init(a: String, b: String, alpha: Double = 0.05, paired: Bool = false, equalVariances: Bool = false,
                 hypothesizedDifference: Double = 0) {
        (self.a, self.b, self.alpha, self.paired) = (a, b, alpha, paired)
        (self.equalVariances, self.hypothesizedDifference) = (equalVariances, hypothesizedDifference)
    }

    package func validate() throws {
        if paired && equalVariances { throw ProcedureError.pairedWithEqualVariances }
        try OptionValue.require(hypothesizedDifference, option: "--hypothesized-difference", in: .finite)
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        try TwoSampleTestRun.run(a: a, b: b, analysis: "ttest", input: input, language: language, test: { first, second in
            if paired {
                return try TTest.paired(first, second, hypothesizedDifference: hypothesizedDifference, alpha: alpha)
            }
            return try TTest.twoSample(first, second, equalVariances: equalVariances,
                                       hypothesizedDifference: hypothesizedDifference, alpha: alpha)
        }, report: TwoSampleTest.t)
    }
}

/// The ToolPak's F-Test Two-Sample for Variances (F 検定).
package struct FTestProcedure: Procedure {
    package var a: String
    package var b: String
    package var alpha: Double = 0.05

    package init(a: String, b: String, alpha: Double = 0.05) {
        (self.a, self.b, self.alpha) = (a, b, alpha)
    }

    package func validate() throws {
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        try TwoSampleTestRun.run(a: a, b: b, analysis: "ftest", input: input, language: language,
                                 test: { first, second in try FTest.compute(first, second, alpha: alpha) }, report: TwoSampleTest.f)
    }
}

/// The ToolPak's z-Test: Two Sample for Means (z 検定), with the variances known beforehand (not estimated from the data).
package struct ZTestProcedure: Procedure {
    package var a: String
    package var b: String
    package var alpha: Double = 0.05
    /// Known variances σ² of the two variables.
    package var varianceA: Double
    package var varianceB: Double
    package var hypothesizedDifference: Double = 0

    package init(a: String, b: String, alpha: Double = 0.05, varianceA: Double, varianceB: Double,
                 hypothesizedDifference: Double = 0) {
        (self.a, self.b, self.alpha) = (a, b, alpha)
        (self.varianceA, self.varianceB, self.hypothesizedDifference) = (varianceA, varianceB, hypothesizedDifference)
    }

    package func validate() throws {
        try OptionValue.require(varianceA, option: "--variance-a", in: .positive)
        try OptionValue.require(varianceB, option: "--variance-b", in: .positive)
        try OptionValue.require(hypothesizedDifference, option: "--hypothesized-difference", in: .finite)
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        try TwoSampleTestRun.run(a: a, b: b, analysis: "ztest", input: input, language: language, test: { first, second in
            try ZTest.compute(first, second, knownVariances: (varianceA, varianceB),
                              hypothesizedDifference: hypothesizedDifference, alpha: alpha)
        }, report: TwoSampleTest.z)
    }
}

/// What the two-sample tests share: the two columns read, the test run, the workbook laid out.
enum TwoSampleTestRun {
    /// - Parameters:
    ///   - analysis: the default output suffix and the JSON `tool` name: `ttest`, `ftest`, `ztest`.
    ///   - test: the test on the two samples.
    ///   - report: the test as the result workbook shows it.
    static func run<Result: Encodable>(a: String, b: String, analysis: String, input: ToolInput, language: Language,
                                       test: (Variable, Variable) throws -> Result,
                                       report: (Result) -> TwoSampleTest) throws -> ProcedureResult {
        let table = input.table
        // A column compared with itself gives t = 0 or a zero variance that reads like a finding; say what went wrong.
        let chosen = try [a, b].map { try table.requireColumn($0) }
        guard chosen[0].index != chosen[1].index else {
            throw ProcedureError.sameColumnTwice(column: chosen[0].name, options: ["--a", "--b"])
        }
        let selection = try NumericSelection(table: table, columns: [a, b], file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let computed = try test(selection.variables[0], selection.variables[1])
        let document = TwoSampleTestWorkbook.document(
            language: language, sourceRows: selection.rowNumbers,
            first: DataColumn(name: selection.variables[0].name, values: selection.variables[0].values),
            second: DataColumn(name: selection.variables[1].name, values: selection.variables[1].values),
            test: report(computed), title: input.fileName)
        return ProcedureResult(analysis: analysis, input: input, selection: selection, language: language,
                               body: TwoSampleOutcome(selection: selection, result: computed), document: { document })
    }
}

/// What a two-sample test prints with `--json` (docs/JSON.md).
package struct TwoSampleOutcome<Result: Encodable>: Encodable {
    package let columns: [String]
    package let result: Result

    package init(selection: NumericSelection, result: Result) {
        columns = selection.variables.map(\.name)
        self.result = result
    }
}
