import Analysis
import ArgumentParser
import Foundation
import Report

/// `bunseki histogram FILE --columns A,B [--bins 10,20,30] [--pareto]`: the ToolPak's Histogram, with the
/// user's bin edges or nice automatic ones, a chart per column, the Pareto order on request and a reading.
struct HistogramCommand: ReportingCommand, ReadsInputFile {
    static let configuration = CommandConfiguration(
        commandName: "histogram",
        abstract: "Frequency table and chart of numeric columns (the ToolPak's ヒストグラム), written to a result workbook.")

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Columns by header text or column letter, comma-separated.")
    var columns: String

    @Option(name: .long, help: "Upper bin edges, comma-separated (default: Sturges' rule with a rounded width).")
    var bins: String?

    @Flag(name: .long, help: "Also the Pareto (sorted histogram) table and chart: bins by frequency, largest first.")
    var pareto = false

    @OptionGroup var result: ResultOptions
    @OptionGroup var output: OutputOptions

    func execute(language: Language) throws {
        let edges = try bins.map(Self.edges)
        let table = try input.loadTable().table
        let selection = try NumericSelection(table: table, columns: ColumnList.split(columns), file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let dataColumns = selection.variables.map { DataColumn(name: $0.name, values: $0.values) }
        let document = HistogramWorkbook.document(language: language, sourceRows: selection.rowNumbers, columns: dataColumns,
                                                  upperEdges: edges, pareto: pareto, title: input.fileName)
        try deliver(document, input: input, result: result, analysis: "histogram", sheet: table.sheetName,
                selection: selection, language: language,
                json: { HistogramOutcome(selection: selection, upperEdges: edges,
                                         pareto: pareto) })
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
        /// With `--pareto`: the rows by frequency, largest first.
        let pareto: [ParetoRow]?
    }

    /// One row of the Pareto order; `upperEdge` is null for the `More` row.
    struct ParetoRow: Encodable {
        let upperEdge: Double?
        let count: Int

        private enum CodingKeys: String, CodingKey { case upperEdge, count }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(upperEdge, forKey: .upperEdge)
            try container.encode(count, forKey: .count)
        }
    }

    let columns: [Counted]

    init(selection: NumericSelection, upperEdges: [Double]?, pareto: Bool) {
        columns = selection.variables.compactMap { variable in
            let values = variable.values.compactMap { $0 }
            guard let (bins, automatic) = HistogramWorkbook.bins(values: values, upperEdges: upperEdges) else { return nil }
            let sorted = pareto ? Histogram.paretoOrder(bins.counts).map { index in
                ParetoRow(upperEdge: index < bins.upperEdges.count ? bins.upperEdges[index] : nil, count: bins.counts[index])
            } : nil
            return Counted(column: variable.name, upperEdges: bins.upperEdges, counts: bins.counts, automaticBins: automatic,
                           pareto: sorted)
        }
    }
}
