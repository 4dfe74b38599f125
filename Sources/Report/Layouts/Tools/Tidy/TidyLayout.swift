/// `tidy`'s workbook: the table as data (one header row, one row per case, numbers and dates typed), the
/// changes from the original sheet by their cells (`変更点`), and the checklist rating (`チェック`).
public struct TidyLayout: Sendable {
    /// One change, its texts already in the report's language.
    public struct Change: Sendable, Hashable {
        public let place: String, change: String, before: String, after: String
        public init(place: String, change: String, before: String, after: String) {
            (self.place, self.change, self.before, self.after) = (place, change, before, after)
        }
    }

    /// One checklist item: its text, whether the sheet passes, how many cells break it and the first of them.
    public struct CheckItem: Sendable, Hashable {
        public let item: String, passed: Bool, count: Int, cells: [String]
        public init(item: String, passed: Bool, count: Int, cells: [String]) {
            (self.item, self.passed, self.count, self.cells) = (item, passed, count, cells)
        }
    }

    public let document: ReportDocument

    /// - Parameters:
    ///   - columns: each column's name and cells (nil for an empty cell), one per row.
    public init(language: Language, title: String, columns: [(name: String, cells: [ReportCell?])], changes: [Change],
                checklist: [CheckItem]) {
        let header = CellStyle(role: .header, borders: .bottom)
        var cells: [PositionedCell] = []
        for (offset, column) in columns.enumerated() {
            cells.append(PositionedCell(CellAddress(row: 0, column: offset), .text(column.name, style: header)))
            for (row, cell) in column.cells.enumerated() {
                if let cell { cells.append(PositionedCell(CellAddress(row: row + 1, column: offset), cell)) }
            }
        }
        let data = ReportSheet(name: Labels.Common.dataSheet.text(language),
                               blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                               options: SheetOptions(frozenRows: 1))
        let l = { (label: Labels.Tidy) in label.text(language) }
        let changeRows = changes.map { change in
            ReportTable.Row(labelCell: .text(change.place), [.text(change.change), .text(change.before), .text(change.after)])
        }
        let changesSheet = ReportSheet(name: l(.changesSheet), blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(l(.changesTitle))),
            ReportBlock(at: CellAddress(row: 2, column: 0),
                        .table(ReportTable(columnHeaders: [l(.place), l(.change), l(.before), l(.after)], rows: changeRows))),
        ], options: SheetOptions(frozenRows: 3))
        let checkRows = checklist.map { item in
            ReportTable.Row(labelCell: .text(item.item), [
                .text(l(item.passed ? .passed : .failed)), .number(Double(item.count), format: .integer),
                // Capped (the count column has the total) so that a long sheet's list stays within one cell's limit.
                .text(ReadingList.joined(item.cells, language, limit: 200, separator: ", ")),
            ])
        }
        let checklistSheet = ReportSheet(name: l(.checklistSheet), blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(l(.checklistTitle))),
            ReportBlock(at: CellAddress(row: 2, column: 0),
                        .table(ReportTable(columnHeaders: [l(.item), l(.result), l(.count), l(.cells)], rows: checkRows))),
        ])
        document = ReportDocument(sheets: [data, changesSheet, checklistSheet], properties: .init(title: title))
    }
}
