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
        let keys = ColumnList.split(columns)
        // A text column (苦情の種類) has levels, not bins: with --pareto they are counted, largest first.
        let chosen = try keys.map { try table.requireColumn($0) }
        let text = chosen.filter { $0.type == .text }
        if !pareto, let first = text.first {
            throw ProcedureError.textColumnHistogram(file: input.file, sheet: table.sheetName, column: first.name)
        }
        let numberKeys = zip(keys, chosen).filter { $0.1.type != .text }.map(\.0)
        let selection = try NumericSelection(table: table, columns: numberKeys, file: input.file)
        try selection.requireNumbersInEveryColumn(file: input.file, sheet: table.sheetName)
        let dataColumns = selection.dataColumns
        let categories = text.map(\.categoryDataColumn)
        let document = HistogramWorkbook.document(language: language, sourceRows: selection.rowNumbers, columns: dataColumns,
                                                  categories: categories, upperEdges: edges, pareto: pareto, title: input.fileName)
        return ProcedureResult(analysis: "histogram", input: input, selection: selection, language: language,
                               body: HistogramOutcome(selection: selection, categories: categories, upperEdges: edges,
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

    /// A text column's levels with their counts, largest first (`--pareto` on a text column).
    package struct CountedLevels: Encodable {
        package struct Level: Encodable {
            package let label: String
            package let count: Int
        }

        package let column: String
        package let levels: [Level]
    }

    /// A date column's counts per calendar month or year, in calendar order.
    package struct CountedDates: Encodable {
        package struct Period: Encodable {
            /// `2024-04` or `2024`.
            package let period: String
            package let count: Int
        }

        package let column: String
        /// `month` or `year`.
        package let unit: String
        package let periods: [Period]
    }

    package let columns: [Counted]
    package let dates: [CountedDates]
    package let categories: [CountedLevels]

    package init(selection: NumericSelection, categories: [CategoryDataSheet.Column] = [], upperEdges: [Double]?, pareto: Bool) {
        self.categories = categories.map { column in
            CountedLevels(column: column.name,
                          levels: OverviewFrequencyLayout.levelCounts(column.labels).map { CountedLevels.Level(label: $0.level, count: $0.count) })
        }
        dates = zip(selection.variables, selection.isDate).compactMap { variable, isDate in
            guard isDate, let bins = DateBins(serials: variable.values.compactMap { $0 }) else { return nil }
            return CountedDates(column: variable.name, unit: bins.unit == .month ? "month" : "year",
                                periods: zip(bins.periods, bins.counts).map { CountedDates.Period(period: $0.label(bins.unit), count: $1) })
        }
        columns = zip(selection.variables, selection.isDate).compactMap { variable, isDate in
            guard !isDate else { return nil }
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

