import Analysis

/// The Rank and Percentile sheet (toolpak.md §3.14): the values in descending order with their
/// original position, live `LARGE`, `RANK.EQ` and `PERCENTRANK.INC` formulas over the data sheet.
public struct RankPercentileLayout: Sendable {
    /// Sheet row of the table's header; the i-th largest value sits on row `headerRow + i`.
    static let headerRow = 1

    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out the sheet.
    ///
    /// - Parameters:
    ///   - data: where the ranked values sit on the data sheet, one per row without gaps, so that a
    ///     value's row in the range is its "Point".
    ///   - ranking: the ranks of those values.
    public init(language: Language, data: CellRange, ranking: RankAndPercentile) {
        let sheetName = Labels.RankPercentile.title.text(language)
        let r = data.reference()
        // The values as entered (their own decimals), as every figure in the data's units (NumberFormat.swift).
        let entered = NumberFormat.measured(dataDecimals: NumberFormat.dataDecimals(of: ranking.rows.map(\.value)), extra: 0)
        let headers = [Labels.RankPercentile.point.text(language), ranking.name,
                       Labels.RankPercentile.rank.text(language), Labels.RankPercentile.percent.text(language)]
        // One row per value, made as it is written (`RowRun`).
        let ranked = ranking.rows
        let table = ReportTable.run(columnHeaders: headers, rowCount: ranked.count, valueColumns: 3) { index in
            let row = ranked[index]
            let valueCell = CellAddress(row: Self.headerRow + 1 + index, column: 1).a1()
            // The point is a plain number: MATCH would give every tied value the first tie's position.
            return ReportTable.Row(labelCell: .number(Double(row.point), format: .integer), [
                .formula(Formula("LARGE(\(r),\(index + 1))"), cached: row.value, format: entered),
                .formula(Formula("RANK.EQ(\(valueCell),\(r),0)"), cached: Double(row.rank), format: .integer),
                row.percent.map { .formula(Formula("PERCENTRANK.INC(\(r),\(valueCell))"), cached: $0, format: .percent(2)) }
                    ?? ReportCell(.value(.error(.notAvailable))),
            ].map { OrderStatistics.cell($0, rows: ranked.count) })
        }
        sheet = ReportSheet(name: sheetName, blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("\(sheetName): \(ranking.name)")),
            ReportBlock(at: CellAddress(row: Self.headerRow, column: 0), .rows(table)),
        ])
    }
}
