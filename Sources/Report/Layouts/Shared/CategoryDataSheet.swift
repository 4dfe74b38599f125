/// The data sheet of an analysis of categories: the participant's row numbers and any numeric columns
/// (as `DataSheetLayout` writes them), then each category column's labels as text, so `COUNTIFS` and
/// `AVERAGEIFS` formulas can select by them.
public struct CategoryDataSheet: Sendable {
    /// One column of category labels; nil leaves the cell empty.
    public struct Column: Sendable {
        public var name: String
        public var labels: [String?]
        /// Levels a table of this column lists first, in this order (`LevelOrder`); empty for the table's default.
        public var levelOrder: [String]

        /// Creates a column.
        public init(name: String, labels: [String?], levelOrder: [String] = []) {
            self.name = name
            self.labels = labels
            self.levelOrder = levelOrder
        }
    }

    /// The sheet.
    public let sheet: ReportSheet
    /// The label cells of each category column (header excluded), in the order given.
    public let columnRanges: [CellRange]
    /// The value cells of each numeric column (header excluded), in the order given.
    public let numberRanges: [CellRange]

    /// Lays out the sheet: row numbers, `numbers`, then `columns`.
    public init(language: Language, sourceRows: [Int], numbers: [DataColumn] = [], columns: [Column]) {
        let numeric = DataSheetLayout(language: language, sourceRows: sourceRows, columns: numbers)
        var sheet = numeric.sheet
        let firstColumn = 1 + numbers.count
        let headerStyle = CellStyle(role: .header, borders: .bottom)
        var cells: [PositionedCell] = []
        for (offset, column) in columns.enumerated() {
            cells.append(PositionedCell(CellAddress(row: 0, column: offset), .text(column.name, style: headerStyle)))
            for (index, label) in column.labels.enumerated() {
                guard let label else { continue }
                cells.append(PositionedCell(CellAddress(row: index + 1, column: offset), .text(label)))
            }
        }
        sheet.blocks.append(ReportBlock(at: CellAddress(row: 0, column: firstColumn), .cells(cells)))
        self.sheet = sheet
        numberRanges = numeric.columnRanges
        columnRanges = columns.indices.map { CellRange.column($0 + firstColumn, rows: 1..<(sourceRows.count + 1), on: sheet.name) }
    }
}
