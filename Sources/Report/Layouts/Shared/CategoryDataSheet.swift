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
        // The labels, made row by row as they are written (`RowRun`), beside the numbers' run.
        let header: [ReportCell?] = columns.map { .text($0.name, style: headerStyle) }
        let labels = columns.map(\.labels)
        let rows = labels.map(\.count).max() ?? 0
        let cellCount = header.count + labels.reduce(0) { $0 + $1.lazy.filter { $0 != nil }.count }
        let run = RowRun(rowCount: 1 + rows, columnCount: columns.count, cellCount: cellCount) { row in
            guard row > 0 else { return header }
            return labels.map { column in row - 1 < column.count ? column[row - 1].map { .text($0) } : nil }
        }
        sheet.blocks.append(ReportBlock(at: CellAddress(row: 0, column: firstColumn), .rows(run)))
        self.sheet = sheet
        numberRanges = numeric.columnRanges
        columnRanges = columns.indices.map { CellRange.column($0 + firstColumn, rows: 1..<(sourceRows.count + 1), on: sheet.name) }
    }
}
