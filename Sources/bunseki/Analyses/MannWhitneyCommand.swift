import Analysis
import ArgumentParser
import Report

/// `bunseki mannwhitney FILE --a COL --b COL` (or `--value COL --group COL`): the Mann–Whitney U test
/// (Wilcoxon rank-sum test) of two independent samples, as SciPy's `mannwhitneyu` with its defaults.
struct MannWhitneyCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "mannwhitney",
        abstract: "Mann-Whitney U test (マン・ホイットニーの U 検定) of two independent samples by their ranks, written to a result workbook.")

    @OptionGroup var input: InputOptions
    @OptionGroup var samples: RankSampleOptions
    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let columns = samples.first != nil || samples.second != nil, grouped = samples.value != nil || samples.group != nil
        guard columns != grouped else { throw SampleError.twoSampleLayoutChoice }
        try OptionValue.require(samples.alpha, option: "--alpha", in: .probability)
        let table = try input.loadTable().table
        let read: RankSamples
        if let first = samples.first, let second = samples.second {
            read = try RankSamples(columns: [first, second], options: ["--a", "--b"], table: table, file: input.file)
        } else if let value = samples.value, let group = samples.group {
            read = try RankSamples(value: value, group: group, table: table, file: input.file)
            guard read.samples.count == 2 else {
                throw SampleError.notTwoGroups(file: input.file, sheet: table.sheetName, column: read.groupColumn ?? group,
                                               groups: read.samples.map(\.name))
            }
        } else {
            throw SampleError.twoSampleLayoutChoice
        }
        try read.requireDifferentValues(file: input.file, sheet: table.sheetName)
        let test = try MannWhitneyU.compute(read.samples[0], read.samples[1], alpha: samples.alpha)
        let columnsShown = read.dataColumns
        let document = RankTestWorkbook.mannWhitney(language: language, sourceRows: read.selection.rowNumbers,
                                                    first: columnsShown[0], second: columnsShown[1], test: test,
                                                    title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "mannwhitney", sheet: table.sheetName,
                    selection: read.selection, language: language, json: { RankTestOutcome(samples: read, result: test) })
    }
}
