import ArgumentParser
import Tabular
import XLSXReader

/// `bunseki inspect FILE`: the sheets of a workbook, and for one sheet each column's type, counts,
/// range or most frequent values, and the cells that look wrong.
struct Inspect: ReportingCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a workbook's sheets and, for one sheet, each column's type, counts and problems.")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let loaded = try input.loadTable()
        let report = InspectReport(file: input.file, loaded: loaded,
                                   mergedRanges: try loaded.workbook.mergedRanges(of: loaded.sheet))
        if output.json {
            try emitJSON(report)
        } else {
            emit(InspectText(report: report, language: language).render())
        }
    }
}
