import ArgumentParser
import Foundation
import Report

/// `bunseki histogram FILE --columns A,B [--bins 10,20,30]`: the ToolPak's Histogram, with the user's
/// bin edges or nice automatic ones, a chart per column and a reading.
struct HistogramCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "histogram",
        abstract: "Frequency table and chart of numeric columns (the ToolPak's ヒストグラム), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Columns by header text or column letter, comma-separated.")
    var columns: String

    @Option(name: .long, help: "Upper bin edges, comma-separated (default: Sturges' rule with a rounded width).")
    var bins: String?

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let edges = try bins.map(Self.edges)
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: ColumnList.split(columns), file: input.file)
        for variable in selection.variables where !variable.values.contains(where: { $0 != nil }) {
            throw CLIError.noNumbers(file: input.file, sheet: table.sheetName, column: variable.name)
        }
        let dataColumns = selection.variables.map { DataColumn(name: $0.name, values: $0.values) }
        let document = HistogramWorkbook.document(language: language, sourceRows: selection.rowNumbers, columns: dataColumns,
                                                  upperEdges: edges, title: (input.file as NSString).lastPathComponent)
        try deliver(document, input: input, result: result, analysis: "histogram",
                json: { HistogramOutcome(file: input.file, sheet: table.sheetName, selection: selection, upperEdges: edges) },
                text: { ReportText.render(document, input: input.file, sheet: table.sheetName, selection: selection,
                                   writtenTo: $0, language: language) })
    }

    /// `--bins 10,20,30` as numbers; anything else stops with the offending text named.
    static func edges(_ list: String) throws -> [Double] {
        let edges = try ColumnList.split(list).map { text in
            guard let edge = Double(text), edge.isFinite else { throw CLIError.invalidBinEdge(text: text) }
            return edge
        }
        guard !edges.isEmpty else { throw CLIError.invalidBinEdge(text: list) }
        return edges
    }
}

/// What `histogram --json` prints (docs/JSON.md).
struct HistogramOutcome: Encodable {
    struct Counted: Encodable {
        let column: String
        let upperEdges: [Double]
        /// Per bin, then the count above the last edge.
        let counts: [Int]
        let automaticBins: Bool
    }

    let file: String
    let sheet: String
    let tool = "histogram"
    let columns: [Counted]
    let ignoredCells: [IgnoredCell]
    let coercedCells: [String]

    init(file: String, sheet: String, selection: NumericSelection, upperEdges: [Double]?) {
        self.file = file
        self.sheet = sheet
        columns = selection.variables.compactMap { variable in
            let values = variable.values.compactMap { $0 }
            guard let (bins, automatic) = HistogramWorkbook.bins(values: values, upperEdges: upperEdges) else { return nil }
            return Counted(column: variable.name, upperEdges: bins.upperEdges, counts: bins.counts, automaticBins: automatic)
        }
        ignoredCells = selection.ignoredCells.map(IgnoredCell.init)
        coercedCells = selection.coercedCells.map(\.address.a1)
    }
}
