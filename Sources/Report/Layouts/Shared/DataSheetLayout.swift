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
        let header: [ReportCell?] = [.text(Labels.Common.sourceRow.text(language), style: headerStyle)]
            + columns.map { .text($0.name, style: headerStyle) }
        var ranges: [CellRange] = []
        var decimals: [Int] = []
        var formats: [NumberFormat] = []
        for (offset, column) in columns.enumerated() {
            // Each value shows as the participant typed it: the column's own decimals, never General's 11 digits.
            let places = NumberFormat.dataDecimals(of: column.values.lazy.compactMap { $0 })
            decimals.append(places)
            formats.append(column.isDate ? .date : places == 0 ? .general : .decimals(places))
            ranges.append(CellRange.column(offset + 1, rows: 1..<(max(sourceRows.count, column.values.count) + 1), on: name))
        }
        // The rows are made as they are written (`RowRun`), from the columns the caller holds anyway: a data sheet
        // of a million rows kept as cells would take about 130 bytes a value.
        let values = columns.map(\.values), shown = Array(zip(values, formats))
        let dataRows = values.reduce(sourceRows.count) { max($0, $1.count) }
        let cellCount = header.count + sourceRows.count + values.reduce(0) { $0 + $1.lazy.filter { $0 != nil }.count }
        let run = RowRun(rowCount: 1 + dataRows, columnCount: 1 + columns.count, cellCount: cellCount) { row in
            if row == 0 { return header }
            let index = row - 1
            var cells: [ReportCell?] = [index < sourceRows.count ? .number(Double(sourceRows[index]), format: .integer) : nil]
            for (column, format) in shown {
                cells.append(index < column.count ? column[index].map { .number($0, format: format) } : nil)
            }
            return cells
        }
        sheet = ReportSheet(name: name, blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .rows(run))],
                            options: SheetOptions(frozenRows: 1, frozenColumns: 1))
        columnRanges = ranges
        columnDecimals = decimals
    }
}
