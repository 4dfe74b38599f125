import Analysis
import ArgumentParser
import Report

/// `bunseki kruskal FILE --columns A,B,C` (one column per group) or `--value COL --group COL` (one row per
/// observation): the Kruskal–Wallis test, as SciPy's `kruskal`, with Dunn's pairwise comparisons (Holm).
struct KruskalCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "kruskal",
        abstract: "Kruskal-Wallis test (クラスカル・ウォリス検定) of groups by their ranks, with Dunn's pairwise comparisons, written to a result workbook.")

    @OptionGroup var input: InputOptions

    @OptionGroup var layout: GroupLayoutOptions

    @Option(name: .long, help: "Significance level α of χ² crit, the reading and Dunn's comparisons (default 0.05).")
    var alpha: Double = 0.05

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try layout.requireOneLayout()
        let (columns, value, group) = (layout.columns, layout.value, layout.group)
        try OptionValue.require(alpha, option: "--alpha", in: .probability)
        let table = try input.loadTable().table
        let read: RankSamples
        if let value, let group {
            read = try RankSamples(value: value, group: group, table: table, file: input.file)
            guard read.samples.count >= 2 else {
                throw SampleError.tooFewGroups(file: input.file, sheet: table.sheetName, column: read.groupColumn ?? group,
                                               groups: read.samples.map(\.name))
            }
        } else {
            let keys = ColumnList.split(columns ?? "")
            guard keys.count >= 2 else { throw SampleError.tooFewColumns(given: keys) }
            read = try RankSamples(columns: keys, table: table, file: input.file)
        }
        try read.requireDifferentValues(file: input.file, sheet: table.sheetName)
        let test = try KruskalWallis.compute(read.samples, alpha: alpha)
        let dunn = read.samples.count <= DunnTest.maximumGroups ? DunnTest.compute(test) : nil
        let document = RankTestWorkbook.kruskal(language: language, sourceRows: read.selection.rowNumbers, groups: read.dataColumns,
                                                test: test, dunn: dunn, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "kruskal", sheet: table.sheetName,
                    selection: read.selection, language: language, json: { RankTestOutcome(samples: read, result: test, dunn: dunn) })
    }
}
