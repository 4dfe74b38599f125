/// The data sheet of an analysis of categories: the participant's row numbers (as `DataSheetLayout`
/// writes them), then each column's labels as text, so `COUNTIFS` formulas can count them.
public struct CategoryDataSheet: Sendable {
    /// One column of category labels; nil leaves the cell empty.
    public struct Column: Sendable {
        public var name: String
        public var labels: [String?]

        /// Creates a column.
        public init(name: String, labels: [String?]) {
            self.name = name
            self.labels = labels
        }
    }

    /// The sheet.
    public let sheet: ReportSheet
    /// The label cells of each column (header excluded), in the order given.
    public let columnRanges: [CellRange]

    /// Lays out the sheet.
    public init(language: Language, sourceRows: [Int], columns: [Column]) {
        var sheet = DataSheetLayout(language: language, sourceRows: sourceRows, columns: []).sheet
        let headerStyle = CellStyle(role: .header, borders: .bottom)
        var cells: [PositionedCell] = []
        for (offset, column) in columns.enumerated() {
            cells.append(PositionedCell(CellAddress(row: 0, column: offset), .text(column.name, style: headerStyle)))
            for (index, label) in column.labels.enumerated() {
                guard let label else { continue }
                cells.append(PositionedCell(CellAddress(row: index + 1, column: offset), .text(label)))
            }
        }
        sheet.blocks.append(ReportBlock(at: CellAddress(row: 0, column: 1), .cells(cells)))
        self.sheet = sheet
        columnRanges = columns.indices.map { CellRange.column($0 + 1, rows: 1..<(sourceRows.count + 1), on: sheet.name) }
    }
}
