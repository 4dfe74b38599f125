import Analysis

/// The Group summary sheet (what a PivotTable gives): per group the count, mean, sample SD, minimum and
/// maximum of the value column, each a live `…IFS` formula over the data sheet selecting the group by
/// its key cells, with our value cached.
public struct GroupSummaryLayout: Sendable {
    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out `summary`, whose value column sits in `values` and key columns in `keys` on the data sheet.
    public init(language: Language, summary: GroupSummary, values: CellRange, keys: [CellRange]) {
        typealias G = Labels.GroupSummary
        let tableTop = 2, firstRow = tableTop + 1
        let v = values.reference()
        let rows = summary.groups.enumerated().map { offset, group -> ReportTable.Row in
            let row = firstRow + offset
            // Key k of this group is in column k of its row; the figures follow the keys.
            let criteria = keys.indices.map { k in "\(keys[k].reference()),\(CellAddress(row: row, column: k).a1())" }
                .joined(separator: ",")
            let mean = CellAddress(row: row, column: keys.count + 1).a1()
            let selected = keys.indices.map { k in "(\(keys[k].reference())=\(CellAddress(row: row, column: k).a1()))" }.joined(separator: "*")
            let figures: [ReportCell?] = [
                .formula(Formula("COUNTIFS(\(criteria),\(v),\"<>\")"), cached: Double(group.count), format: .integer),
                TestSheet.figure(Formula("AVERAGEIFS(\(v),\(criteria))"), group.mean),
                TestSheet.figure(Formula("SQRT(SUMPRODUCT(\(selected)*ISNUMBER(\(v))*(\(v)-\(mean))^2)/(\(CellAddress(row: row, column: keys.count).a1())-1))"),
                                 group.standardDeviation),
                TestSheet.figure(Formula("MINIFS(\(v),\(criteria))"), group.minimum),
                TestSheet.figure(Formula("MAXIFS(\(v),\(criteria))"), group.maximum),
            ]
            let keyCells: [ReportCell?] = group.keys.dropFirst().map { ReportCell.text($0) }
            return ReportTable.Row(group.keys.first ?? "", keyCells + figures)
        }
        let headers = summary.keyNames + [G.count, .mean, .standardDeviation, .minimum, .maximum].map { $0.text(language) }
        let title = "\(G.title.text(language)): \(summary.valueName)"
        sheet = ReportSheet(name: G.title.text(language), blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(title)),
            ReportBlock(at: CellAddress(row: tableTop, column: 0), .table(ReportTable(columnHeaders: headers, rows: rows))),
        ], options: SheetOptions(frozenRows: firstRow))
    }
}
