/// One analysed column for the data sheet.
public struct DataColumn: Sendable, Hashable {
    /// The column's name as shown in the header (the participant's header text).
    public var name: String
    /// The values in data-sheet row order; nil leaves the cell empty (worksheet functions skip it).
    public var values: [Double?]
    /// Whether the values are dates (Excel serials of cells with a date format): shown as dates, binned by month or
    /// year in histograms.
    public var isDate: Bool

    /// Creates a column.
    public init(name: String, values: [Double?], isDate: Bool = false) {
        self.name = name
        self.values = values
        self.isDate = isDate
    }
}

/// The `データ` / `Data` sheet: the rows actually analysed, each with its row number in the
/// participant's workbook, so every formula of the report can point at real cells.
public struct DataSheetLayout: Sendable {
    /// The sheet, header row frozen.
    public let sheet: ReportSheet
    /// The data cells of each column (header excluded), in the order given; what formulas and charts reference.
    public let columnRanges: [CellRange]
    /// The decimals each column's values need to show as entered (`NumberFormat.dataDecimals`), in the order given:
    /// the precision the other sheets' figures in the data's units start from.
    public let columnDecimals: [Int]

    /// Lays out the data sheet.
    ///
    /// - Parameters:
    ///   - sourceRows: the participant's row number of each data row (shown in the first column).
    ///   - columns: the analysed columns; each should have one value per source row.
    public init(language: Language, sourceRows: [Int], columns: [DataColumn]) {
        let name = Labels.Common.dataSheet.text(language)
        let headerStyle = CellStyle(role: .header, borders: .bottom)
        var cells = [PositionedCell(CellAddress(row: 0, column: 0), .text(Labels.Common.sourceRow.text(language), style: headerStyle))]
        for (index, row) in sourceRows.enumerated() {
            cells.append(PositionedCell(CellAddress(row: index + 1, column: 0), .number(Double(row), format: .integer)))
        }
        var ranges: [CellRange] = []
        var decimals: [Int] = []
        for (offset, column) in columns.enumerated() {
            let sheetColumn = offset + 1
            cells.append(PositionedCell(CellAddress(row: 0, column: sheetColumn), .text(column.name, style: headerStyle)))
            // Each value shows as the participant typed it: the column's own decimals, never General's 11 digits.
            let places = NumberFormat.dataDecimals(of: column.values.lazy.compactMap { $0 })
            decimals.append(places)
            let format: NumberFormat = column.isDate ? .date : places == 0 ? .general : .decimals(places)
            for (index, value) in column.values.enumerated() {
                guard let value else { continue }
                cells.append(PositionedCell(CellAddress(row: index + 1, column: sheetColumn), .number(value, format: format)))
            }
            ranges.append(CellRange.column(sheetColumn, rows: 1..<(max(sourceRows.count, column.values.count) + 1), on: name))
        }
        sheet = ReportSheet(name: name, blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                            options: SheetOptions(frozenRows: 1, frozenColumns: 1))
        columnRanges = ranges
        columnDecimals = decimals
    }
}
