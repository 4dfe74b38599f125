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
        // The rows are made as they are written (`RowRun`) from the columns given, not copied into placed cells.
        let names: [ReportCell?] = columns.map { .text($0.name, style: header) }
        let values = columns.map(\.cells)
        let cellCount = names.count + values.reduce(0) { $0 + $1.lazy.filter { $0 != nil }.count }
        let run = RowRun(rowCount: 1 + (values.map(\.count).max() ?? 0), columnCount: columns.count, cellCount: cellCount) { row in
            guard row > 0 else { return names }
            return values.map { row - 1 < $0.count ? $0[row - 1] : nil }
        }
        let data = ReportSheet(name: Labels.Common.dataSheet.text(language),
                               blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .rows(run))],
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
