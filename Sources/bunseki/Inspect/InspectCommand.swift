import Procedures
import ArgumentParser
import Tabular
import XLSXReader

/// `bunseki inspect FILE`: the sheets of a workbook, and for one sheet each column's type, counts,
/// range or most frequent values, and the cells that look wrong.
struct InspectCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show a workbook's sheets (or a CSV file's encoding) and each column's type, counts and problems.")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let progress = ProgressLine.make(output: output)
        defer { progress?.finish() }
        let loaded = try input.loadTable(progress: progress)
        progress?.begin(.analysing)
        let report = InspectReport(file: input.file, loaded: loaded, mergedRanges: loaded.table.mergedRanges)
        progress?.finish()
        if output.json {
            try emitJSON(report)
        } else {
            emit(InspectText(report: report, language: language).render())
        }
    }
}
