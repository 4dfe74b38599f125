import CSVReader
import SheetExport
import Tabular
import XCTest
import XLSXReader
import TestSupport

/// Workbook → CSV → Bunseki reads the CSV → the same table as reading the workbook directly.
final class RoundTripTests: XCTestCase {
    func testStaffWorkbook() throws {
        let path = Repository.root.appendingPathComponent("Workbooks/staff.xlsx").path
        try assertRoundTrip(try Workbook(path: path), encoding: .utf8)
        try assertRoundTrip(try Workbook(path: path), encoding: .shiftJIS)
    }

    func testCorpusWorkbooks() throws {
        for name in ["sheetjs__LONumbers_libreoffice.xlsx", "calamine__date_libreoffice.xlsx",
                     "tealeg__empty_rows_1904_sparse.xlsx", "tealeg__testcelltypes_1904_rph.xlsx", "exceljs__google-sheets_hidden_rows.xlsx",
                     "xlsxwriter__date_examples01.xlsx", "sheetjs__DataTypesFormats.xlsx"] {
            try assertRoundTrip(try TestFiles.corpusWorkbook(name), encoding: .utf8BOM, name)
        }
    }

    private func assertRoundTrip(_ workbook: Workbook, encoding: OutputEncoding, _ label: String = "",
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        let sheet = try XCTUnwrap(workbook.firstVisibleWorksheet)
        let sink = MemorySink()
        try DelimitedExporter(options: DelimitedOptions(encoding: encoding)).export(sheet, of: workbook, to: sink)
        let csv = try CSVFile(bytes: sink.bytes, name: "\(label).csv", options: CSVOptions(delimiter: .comma))
        XCTAssertEqual(csv.encoding, encoding == .shiftJIS ? .shiftJIS : .utf8, label, file: file, line: line)
        let direct = try Table.read(workbook, sheet: sheet)
        let viaCSV = try Table.read(csv: csv)
        XCTAssertEqual(viaCSV.columns.map(\.header), direct.columns.map(\.header), label, file: file, line: line)
        XCTAssertEqual(viaCSV.rowNumbers, direct.rowNumbers, label, file: file, line: line)
        XCTAssertGreaterThan(direct.rowNumbers.count, 0, label, file: file, line: line)
        for (left, right) in zip(direct.columns, viaCSV.columns) {
            for (row, (expected, actual)) in zip(left.values, right.values).enumerated() where !same(expected, actual) {
                XCTFail("\(label) \(left.header) row \(direct.rowNumbers[row]): \(expected) became \(actual)", file: file, line: line)
            }
        }
    }

    /// Numbers must come back bit for bit; dates as the same calendar moment to the millisecond (a 1904-system
    /// serial comes back in the 1900 system CSV dates are read in); the rest as displayed.
    private func same(_ expected: TableValue, _ actual: TableValue) -> Bool {
        switch (expected, actual) {
        case (.number(let a), .number(let b)): a == b
        case (.date(let a), .date(let b)): a.components != nil && a.components == b.components
        default: expected.displayText == actual.displayText
        }
    }
}
