/// The 欠測 / Missing data sheet of the overview: per column of the participant's sheet, the filled and
/// empty cells and the cells whose value does not fit the column's type, by address. These describe the
/// participant's own sheet (the data sheet keeps only the usable values), so they are plain numbers.
public struct OverviewMissingLayout: Sendable {
    /// What one column of the participant's sheet holds.
    public struct Column: Sendable, Hashable {
        /// The column's name (header text or letter).
        public var name: String
        /// Non-empty cells among the data rows.
        public var filled: Int
        /// Empty cells among the data rows.
        public var empty: Int
        /// Cells that do not fit the column's type, as `C30 「１２」`, in row order.
        public var misfits: [String]

        /// Creates a column summary.
        public init(name: String, filled: Int, empty: Int, misfits: [String]) {
            self.name = name
            self.filled = filled
            self.empty = empty
            self.misfits = misfits
        }
    }

    /// Misfit cells named per column; the count still covers them all.
    public static let listedMisfits = 10

    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out one row per column.
    public init(language: Language, columns: [Column]) {
        typealias Label = Labels.Overview
        let title = Label.missingSheet.text(language)
        let rows = columns.map { column in
            let listed = column.misfits.prefix(Self.listedMisfits).joined(separator: ", ")
            let more = column.misfits.count > Self.listedMisfits ? ", …" : ""
            return ReportTable.Row(column.name, [
                .number(Double(column.filled), format: .integer),
                .number(Double(column.empty), format: .integer),
                .number(Double(column.misfits.count), format: .integer),
                column.misfits.isEmpty ? nil : .text(listed + more),
            ])
        }
        let table = ReportTable(columnHeaders: [Label.column, .filled, .empty, .misfits, .misfitCells].map { $0.text(language) },
                                rows: rows)
        sheet = ReportSheet(name: title, blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(title)),
            ReportBlock(at: CellAddress(row: 2, column: 0), .table(table)),
        ], options: SheetOptions(frozenRows: 3))
    }
}
