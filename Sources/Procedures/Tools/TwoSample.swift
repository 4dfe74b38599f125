import Analysis
import Foundation
import Report
import Tabular

/// The ToolPak's t-test tools (t 検定): paired, two samples with equal variances, or Welch's test (the default,
/// which does not need equal variances). The samples are two columns, or one value column split by a group column.
package struct TTestProcedure: Procedure {
    package var samples: TwoSampleLayout
    package var alpha: Double = 0.05
    package var paired = false
    package var equalVariances = false
    /// Hypothesized mean difference Δ (Variable 1 − Variable 2).
    package var hypothesizedDifference: Double = 0

    package init(samples: TwoSampleLayout, alpha: Double = 0.05, paired: Bool = false, equalVariances: Bool = false,
                 hypothesizedDifference: Double = 0) {
        (self.samples, self.alpha, self.paired) = (samples, alpha, paired)
        (self.equalVariances, self.hypothesizedDifference) = (equalVariances, hypothesizedDifference)
    }

    package func validate() throws {
        try samples.validate()
        if paired && equalVariances { throw ProcedureError.pairedWithEqualVariances }
        // One row per observation says nothing about which two rows belong together.
        if paired && samples.isGrouped { throw SampleError.pairedNeedsColumns }
        try OptionValue.require(hypothesizedDifference, option: "--hypothesized-difference", in: .finite)
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
    }

    /// The two samples read and the test on them: the result value every front end and the exercises' answer keys read.
    package func analyse(_ input: ToolInput) throws -> (samples: TwoSamples, test: TTest) {
        let read = try samples.read(input.table, file: input.file, tool: "ttest")
        if paired {
            return (read, try TTest.paired(read.first, read.second, hypothesizedDifference: hypothesizedDifference, alpha: alpha))
        }
        return (read, try TTest.twoSample(read.first, read.second, equalVariances: equalVariances,
                                          hypothesizedDifference: hypothesizedDifference, alpha: alpha))
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let (read, test) = try analyse(input)
        return TwoSampleTestRun.result(read, test, analysis: "ttest", input: input, language: language, report: TwoSampleTest.t)
    }
}

/// The ToolPak's F-Test Two-Sample for Variances (F 検定), of two columns or of one value column split by a group column.
package struct FTestProcedure: Procedure {
    package var samples: TwoSampleLayout
    package var alpha: Double = 0.05

    package init(samples: TwoSampleLayout, alpha: Double = 0.05) {
        (self.samples, self.alpha) = (samples, alpha)
    }

    package func validate() throws {
        try samples.validate()
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        try TwoSampleTestRun.run(samples, analysis: "ftest", input: input, language: language,
                                 test: { first, second in try FTest.compute(first, second, alpha: alpha) }, report: TwoSampleTest.f)
    }
}

/// The ToolPak's z-Test: Two Sample for Means (z 検定), with the variances known beforehand (not estimated from the data).
package struct ZTestProcedure: Procedure {
    package var samples: TwoSampleLayout
    package var alpha: Double = 0.05
    /// Known variances σ² of the two variables.
    package var varianceA: Double
    package var varianceB: Double
    package var hypothesizedDifference: Double = 0

    package init(samples: TwoSampleLayout, alpha: Double = 0.05, varianceA: Double, varianceB: Double,
                 hypothesizedDifference: Double = 0) {
        (self.samples, self.alpha) = (samples, alpha)
        (self.varianceA, self.varianceB, self.hypothesizedDifference) = (varianceA, varianceB, hypothesizedDifference)
    }

    package func validate() throws {
        try samples.validate()
        try OptionValue.require(varianceA, option: "--variance-a", in: .positive)
        try OptionValue.require(varianceB, option: "--variance-b", in: .positive)
        try OptionValue.require(hypothesizedDifference, option: "--hypothesized-difference", in: .finite)
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        try TwoSampleTestRun.run(samples, analysis: "ztest", input: input, language: language, test: { first, second in
            try ZTest.compute(first, second, knownVariances: (varianceA, varianceB),
                              hypothesizedDifference: hypothesizedDifference, alpha: alpha)
        }, report: TwoSampleTest.z)
    }
}

/// What the two-sample tests share: the two samples read, the test run, the workbook laid out.
enum TwoSampleTestRun {
    /// - Parameters:
    ///   - analysis: the default output suffix and the JSON `tool` name: `ttest`, `ftest`, `ztest`.
    ///   - test: the test on the two samples.
    ///   - report: the test as the result workbook shows it.
    static func run<Result: Encodable>(_ layout: TwoSampleLayout, analysis: String, input: ToolInput, language: Language,
                                       test: (Variable, Variable) throws -> Result,
                                       report: (Result) -> TwoSampleTest) throws -> ProcedureResult {
        let samples = try layout.read(input.table, file: input.file, tool: analysis)
        return result(samples, try test(samples.first, samples.second), analysis: analysis, input: input, language: language,
                      report: report)
    }

    /// The result of a test already computed on `samples`.
    static func result<Result: Encodable>(_ samples: TwoSamples, _ computed: Result, analysis: String, input: ToolInput,
                                          language: Language, report: (Result) -> TwoSampleTest) -> ProcedureResult {
        let document = TwoSampleTestWorkbook.document(
            language: language, sourceRows: samples.sourceRows,
            first: samples.dataColumn(samples.first), second: samples.dataColumn(samples.second),
            test: report(computed), grouping: samples.grouping, title: input.fileName)
        return ProcedureResult(analysis: analysis, input: input, selection: samples.selection, language: language,
                               body: TwoSampleOutcome(samples: samples, result: computed), document: { document })
    }
}

/// What a two-sample test prints with `--json` (docs/JSON.md).
package struct TwoSampleOutcome<Result: Encodable>: Encodable {
    /// The samples' names in the order compared: the two columns, or the two groups of the grouped layout.
    package let columns: [String]
    /// The grouped layout's value and group columns and the groups compared (absent for one column per sample).
    package let grouping: SampleGrouping?
    package let result: Result

    package init(samples: TwoSamples, result: Result) {
        columns = [samples.first.name, samples.second.name]
        grouping = samples.grouping
        self.result = result
    }
}
