import Foundation
import Procedures
import Report
import Tabular
import Workbench

/// A tool provider for the route tests: one tool, `mean`, whose document is built here from `Report`
/// types, so that the routes are tested without the CLI's procedures.
struct FixtureTools: ToolProvider {
    struct MissingColumn: Error {}

    var tools: [ToolDescriptor] {
        // Run by `run` below, never through a procedure.
        [ToolDescriptor(id: "mean", titles: (ja: "平均", en: "Mean"), parameters: [
            ParameterDescriptor("column", ja: "列", en: "Column", .column(.numeric), required: true),
        ], make: { _ in throw MissingColumn() })]
    }

    func run(tool: String, values: [String: String], table: Table, upload: UploadSource, language: Language) throws -> ToolRun {
        guard let name = values["column"], let column = table.column(name) else { throw MissingColumn() }
        let numbers = column.values.compactMap(\.numeric)
        let mean = numbers.reduce(0, +) / Double(max(numbers.count, 1))
        let data = ReportSheet(name: "データ", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(
            [PositionedCell(CellAddress(row: 0, column: 0), .text(column.name, style: .header))]
                + numbers.enumerated().map { PositionedCell(CellAddress(row: $0.offset + 1, column: 0), .number($0.element)) }))])
        let range = CellRange.column(0, rows: 1..<(numbers.count + 1), on: "データ")
        let result = ReportSheet(name: "平均", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("平均 — \(upload.fileName)")),
            ReportBlock(at: CellAddress(row: 2, column: 0), .table(ReportTable(columnHeaders: ["", column.name], rows: [
                ReportTable.Row("平均", [.formula(.call("AVERAGE", range.reference()), cached: mean, format: .decimals(2))]),
                ReportTable.Row("p", [.number(0.0000123, format: .pValue)]),
            ]))),
        ], charts: [ChartSpec(kind: .column, title: "値", series: [ChartSpec.Series(values: range)], anchor: CellAddress(row: 6, column: 0))])
        return ToolRun(document: ReportDocument(sheets: [result, data], properties: .init(title: upload.fileName)), analysis: "mean")
    }

    func sentence(for error: any Error, language: Language, file: String) -> ErrorSentenceText {
        if error is MissingColumn { return ErrorSentenceText(sentence: "列を選んでください。", parameter: "column") }
        // The reading options' errors are the CLI's own (`TableChoice` throws them), with the CLI's sentences.
        return ErrorSentenceText(sentence: ErrorMessages.sentence(for: error, language: language, file: file),
                                 parameter: ErrorMessages.setting(for: error))
    }
}
