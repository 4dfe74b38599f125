import Analysis
import ArgumentParser
import Report

/// `bunseki wilcoxon FILE --a COL --b COL`: the Wilcoxon signed-rank test of paired samples (before/after on
/// the same rows), as SciPy's `wilcoxon` with its defaults. Rows missing either value are left out.
struct WilcoxonCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "wilcoxon",
        abstract: "Wilcoxon signed-rank test (ウィルコクソンの符号付き順位検定) of paired samples, written to a result workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var samples: TwoSampleOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        try OptionValue.require(samples.alpha, option: "--alpha", in: .probability)
        let table = try input.loadTable().table
        let read = try RankSamples(columns: [samples.first, samples.second], options: ["--a", "--b"], table: table, file: input.file)
        let (a, b) = (read.samples[0], read.samples[1])
        let pairs = zip(a.values, b.values).filter { $0 != nil && $1 != nil }
        guard !pairs.isEmpty else {
            throw SampleError.noCompletePairs(file: input.file, sheet: table.sheetName, first: a.name, second: b.name)
        }
        guard pairs.contains(where: { $0 != $1 }) else {
            throw SampleError.allDifferencesZero(file: input.file, sheet: table.sheetName, first: a.name, second: b.name)
        }
        let test = try WilcoxonSignedRank.compute(a, b, alpha: samples.alpha)
        let columns = read.dataColumns
        let document = RankTestWorkbook.wilcoxon(language: language, sourceRows: read.selection.rowNumbers, first: columns[0],
                                                 second: columns[1], test: test, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "wilcoxon", sheet: table.sheetName,
                    selection: read.selection, language: language, json: { RankTestOutcome(samples: read, result: test) })
    }
}
