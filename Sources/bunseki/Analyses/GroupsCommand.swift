import Analysis
import ArgumentParser
import Foundation
import Report
import Tabular

/// `bunseki groups FILE --value COL --by COL[,COL]`: count, mean, SD, minimum and maximum of a numeric
/// column by one or two category columns, as a PivotTable gives them.
struct GroupsCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "Group summary (グループ別集計, as a PivotTable) of a numeric column by one or two category columns.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The numeric column to summarise.")
    var value: String

    @Option(name: .long, help: "One or two category columns, comma-separated.")
    var by: String

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let keyNames = ColumnList.split(by)
        guard (1...2).contains(keyNames.count) else { throw CLIError.groupingColumnCount(given: keyNames) }
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: [value], file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let keys = try keyNames.map { try table.requireColumn($0).categoryDataColumn }
        let variable = selection.variables[0]
        let summary = try GroupSummary.compute(variable, by: keys.map { (name: $0.name, values: $0.labels) })
        let document = GroupSummaryWorkbook.document(
            language: language, sourceRows: selection.rowNumbers, value: DataColumn(name: variable.name, values: variable.values),
            keys: keys, summary: summary, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "groups", sheet: table.sheetName,
                selection: selection, language: language,
                json: { GroupsOutcome(result: summary) })
    }
}

/// What `groups --json` prints (docs/JSON.md).
struct GroupsOutcome: Encodable {
    let result: GroupSummary
}
