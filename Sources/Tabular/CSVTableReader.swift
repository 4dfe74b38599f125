import CSVReader
import Spreadsheet

extension Table {
    /// Reads a CSV or TSV file as a table, the way a spreadsheet shows it: record N is row N and
    /// field M is column M, so `C17` names the same value here and in Excel.
    ///
    /// Fields become numbers (`NumberField`) or dates (`DateField.dateTime`, 1900 date system; dates before 1900
    /// stay text) where they read as such; everything else is text and meets the same number-like-text
    /// rules as a workbook's text cells (`1,234`, `１２`, `12時間` reported, converted only with
    /// `coerceNumbers`). Empty fields are empty cells. The sheet name is the file name.
    /// - Throws: `CSVError` for a quote left open, `TableError` as for a sheet.
    /// - Parameter progress: told every 4,096 records how far the read has come.
    public static func read(csv file: CSVFile, options: TableOptions = TableOptions(),
                            progress: ReadProgress? = nil) throws -> Table {
        var builder = TableBuilder(options: options, system: .excel1900)
        try forEachCell(of: file, progress: progress) { builder.add($0) }
        return try builder.finish(sheet: file.name)
    }

    /// Calls `body` with each non-empty field of the file as the cell a spreadsheet shows it in, typed as
    /// `read(csv:options:)` types it.
    public static func forEachCell(of file: CSVFile, progress: ReadProgress? = nil, _ body: (Cell) throws -> Void) throws {
        var cursor = file.records()
        var row = 0
        while let record = try cursor.next() {
            row += 1
            if let progress, row & 4095 == 0 { let (done, total) = cursor.progress; progress(done, total) }
            for field in record.fields where !field.text.isEmpty {
                try body(Cell(address: CellAddress(rowNumber: row, columnNumber: field.column), value: cellValue(of: field.text)))
            }
        }
    }

    private static func cellValue(of text: String) -> CellValue {
        if let number = NumberField.number(from: text) { return .number(number) }
        if let serial = DateField.dateTime(from: text)?.excelSerial {
            return .date(ExcelDate(serial: serial, system: .excel1900))
        }
        return .text(text)
    }
}
