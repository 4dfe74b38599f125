import Analysis
import Foundation
import Report
import Tabular

/// The Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples, as SciPy's `mannwhitneyu` with its
/// defaults: two columns (`a`, `b`) or a value column split by a group column of exactly two groups.
package struct MannWhitneyProcedure: Procedure {
    /// The two samples, given as the t, F and z tests take them (`--a/--b`, or `--value/--group [--levels]`).
    package var samples: TwoSampleLayout
    /// Significance level α of the reading.
    package var alpha: Double = 0.05

    package init(samples: TwoSampleLayout, alpha: Double = 0.05) {
        (self.samples, self.alpha) = (samples, alpha)
    }

    package func validate() throws {
        try samples.validate()
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let read = try samples.read(table, file: input.file, tool: "mannwhitney")
        try read.requireDifferentValues(file: input.file, sheet: table.sheetName)
        let test = try MannWhitneyU.compute(read.first, read.second, alpha: alpha)
        let document = RankTestWorkbook.mannWhitney(language: language, sourceRows: read.sourceRows,
                                                    first: read.dataColumn(read.first), second: read.dataColumn(read.second),
                                                    test: test, title: input.fileName)
        return ProcedureResult(analysis: "mannwhitney", input: input, selection: read.selection, language: language,
                               body: RankTestOutcome(samples: read, result: test), document: { document })
    }
}

/// The Wilcoxon signed-rank test of paired samples (before/after on the same rows), as SciPy's `wilcoxon` with its
/// defaults. Rows missing either value are left out.
package struct WilcoxonProcedure: Procedure {
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
        let table = input.table
        let read = try RankSamples(columns: [a, b], options: ["--a", "--b"], table: table, file: input.file)
        let (first, second) = (read.samples[0], read.samples[1])
        let pairs = zip(first.values, second.values).filter { $0 != nil && $1 != nil }
        guard !pairs.isEmpty else {
            throw SampleError.noCompletePairs(file: input.file, sheet: table.sheetName, first: first.name, second: second.name)
        }
        guard pairs.contains(where: { $0 != $1 }) else {
            throw SampleError.allDifferencesZero(file: input.file, sheet: table.sheetName, first: first.name, second: second.name)
        }
        let test = try WilcoxonSignedRank.compute(first, second, alpha: alpha)
        let columns = read.dataColumns
        let document = RankTestWorkbook.wilcoxon(language: language, sourceRows: read.selection.rowNumbers, first: columns[0],
                                                 second: columns[1], test: test, title: input.fileName)
        return ProcedureResult(analysis: "wilcoxon", input: input, selection: read.selection, language: language,
                               body: RankTestOutcome(samples: read, result: test), document: { document })
    }
}

/// The Kruskal–Wallis test of groups by their ranks, as SciPy's `kruskal`, with Dunn's pairwise comparisons (Holm).
package struct KruskalProcedure: Procedure {
    package var layout: GroupLayout
    /// Significance level α of χ² crit, the reading and Dunn's comparisons.
    package var alpha: Double = 0.05
    /// `--order 列=A,B,C` choices (`CategoryOrder`).
    package var order: [String] = []

    package init(layout: GroupLayout, alpha: Double = 0.05, order: [String] = []) {
        self.layout = layout
        self.alpha = alpha
        self.order = order
    }

    package func validate() throws {
        try layout.requireOneLayout()
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
        _ = try CategoryOrder.parse(order)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let table = input.table
        let read: RankSamples
        if let value = layout.value, let group = layout.group {
            read = try RankSamples(value: value, group: group, table: table, file: input.file,
                                   order: CategoryOrder(order, table: table, file: input.file))
            guard read.samples.count >= 2 else {
                throw SampleError.tooFewGroups(file: input.file, sheet: table.sheetName, column: read.groupColumn ?? group,
                                               groups: read.samples.map(\.name))
            }
        } else {
            let keys = ColumnList.split(layout.columns ?? "")
            guard keys.count >= 2 else { throw SampleError.tooFewColumns(given: keys) }
            read = try RankSamples(columns: keys, table: table, file: input.file)
        }
        try read.requireDifferentValues(file: input.file, sheet: table.sheetName)
        let test = try KruskalWallis.compute(read.samples, alpha: alpha)
        let dunn = read.samples.count <= DunnTest.maximumGroups ? DunnTest.compute(test) : nil
        let document = RankTestWorkbook.kruskal(language: language, sourceRows: read.selection.rowNumbers, groups: read.dataColumns,
                                                test: test, dunn: dunn, title: input.fileName)
        return ProcedureResult(analysis: "kruskal", input: input, selection: read.selection, language: language,
                               body: RankTestOutcome(samples: read, result: test, dunn: dunn), document: { document })
    }
}
