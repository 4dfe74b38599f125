import Analysis
import Foundation
import Report

/// `bunseki histogram FILE --columns A,B [--bins 10,20,30] [--pareto]`: the ToolPak's Histogram, with the
/// user's bin edges or nice automatic ones, a chart per column, the Pareto order on request and a reading.
package struct HistogramProcedure: Procedure {
    package var columns: String
    package var bins: String? = nil
    package var pareto: Bool = false

    package init(columns: String, bins: String? = nil, pareto: Bool = false) {
        self.columns = columns
        self.bins = bins
        self.pareto = pareto
    }

    package func validate() throws {
        _ = try bins.map(Self.edges)
    }

    package func run(_ input: ToolInput, language: Language) throws -> ProcedureResult {
        let edges = try bins.map(Self.edges)
        let table = input.table
        let selection = try NumericSelection(table: table, columns: ColumnList.split(columns), file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let dataColumns = selection.variables.map { DataColumn(name: $0.name, values: $0.values) }
        let document = HistogramWorkbook.document(language: language, sourceRows: selection.rowNumbers, columns: dataColumns,
                                                  upperEdges: edges, pareto: pareto, title: input.fileName)
        return ProcedureResult(analysis: "histogram", input: input, selection: selection, language: language,
                               body: HistogramOutcome(selection: selection, upperEdges: edges,
                                         pareto: pareto), document: { document })
    }

    /// `--bins 10,20,30` as numbers; anything else stops with the offending text named.
    package static func edges(_ list: String) throws -> [Double] {
        let edges = try ColumnList.split(list).map { text in
            guard let edge = Double(text), edge.isFinite else { throw ProcedureError.invalidBinEdge(text: text) }
            return edge
        }
        guard !edges.isEmpty else { throw ProcedureError.invalidBinEdge(text: list) }
        return edges
    }
}
/// What `histogram --json` prints (docs/JSON.md).
package struct HistogramOutcome: Encodable {
    package struct Counted: Encodable {
        package let column: String
        package let upperEdges: [Double]
        /// Per bin, then the count above the last edge.
        package let counts: [Int]
        package let automaticBins: Bool
        /// With `--pareto`: the rows by frequency, largest first.
        package let pareto: [ParetoRow]?
    }

    /// One row of the Pareto order; `upperEdge` is null for the `More` row.
    package struct ParetoRow: Encodable {
        package let upperEdge: Double?
        package let count: Int

        private enum CodingKeys: String, CodingKey { case upperEdge, count }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(upperEdge, forKey: .upperEdge)
            try container.encode(count, forKey: .count)
        }
    }

    package let columns: [Counted]

    package init(selection: NumericSelection, upperEdges: [Double]?, pareto: Bool) {
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

