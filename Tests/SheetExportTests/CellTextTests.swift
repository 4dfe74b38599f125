import SheetExport
import XCTest
import XLSXReader

final class CellTextTests: XCTestCase {
    func testNumbersUseShortestRoundTripTextAndIntegersHaveNoFraction() {
        XCTAssertEqual(CellText.number(3), "3")
        XCTAssertEqual(CellText.number(-0.0), "0")
        XCTAssertEqual(CellText.number(0.1), "0.1")
        XCTAssertEqual(CellText.number(0.1 + 0.2), "0.30000000000000004")
        XCTAssertEqual(CellText.number(1e-7), "1e-07")
        XCTAssertEqual(CellText.number(9_007_199_254_740_991), "9007199254740991")
        XCTAssertEqual(CellText.number(12_345_678_901_234_568), "1.2345678901234568e+16")
        for value: Double in [.pi, 1.0 / 3, 123456.789e-300, -2.5e300] {
            XCTAssertEqual(Double(CellText.number(value)), value)
        }
    }

    func testValuesAsExcelShowsThem() {
        let text = CellText()
        XCTAssertEqual(text.text(of: .bool(true)), "TRUE")
        XCTAssertEqual(text.text(of: .bool(false)), "FALSE")
        XCTAssertEqual(text.text(of: .error("#N/A")), "#N/A")
        XCTAssertEqual(text.text(of: .empty), "")
        XCTAssertEqual(text.text(of: .duration(days: 1.5)), "36:00:00")
        // Serial 45383 is 2024-04-01 in the 1900 system (Excel's DATE(2024,4,1)).
        XCTAssertEqual(text.text(of: .date(ExcelDate(serial: 45383, system: .excel1900))), "2024-04-01")
        XCTAssertEqual(text.text(of: .date(ExcelDate(serial: 45383.75, system: .excel1900))), "2024-04-01T18:00:00")
        // Out of Excel's date range: Excel shows ####, the export keeps the number.
        XCTAssertEqual(text.text(of: .date(ExcelDate(serial: -1, system: .excel1900))), "-1")
        XCTAssertEqual(text.text(of: .isoDateTime("2021-01-01T10:10:10Z")), "2021-01-01T10:10:10Z")
    }

    func testDatePatterns() throws {
        let moment = CalendarDateTime(year: 2024, month: 4, day: 1, hour: 9, minute: 5, second: 7, millisecond: 42)
        XCTAssertEqual(try DateFormat(pattern: "yyyy/M/d").text(of: moment), "2024/4/1")
        XCTAssertEqual(try DateFormat(pattern: "yy-MM-dd HH:mm:ss.SSS").text(of: moment), "24-04-01 09:05:07.042")
        XCTAssertEqual(try DateFormat(pattern: "yyyy'年'M'月'd'日'").text(of: moment), "2024年4月1日")
        XCTAssertEqual(try DateFormat(pattern: "H'h''s'").text(of: moment), "9h's")
        let sheetDate = CellText(dateFormat: try DateFormat(pattern: "dd.MM.yyyy"))
        XCTAssertEqual(sheetDate.text(of: .isoDateTime("2021-02-03")), "03.02.2021")
    }

    func testUnknownPatternLettersAreRefused() {
        XCTAssertThrowsError(try DateFormat(pattern: "YYYY-MM-DD")) { error in
            XCTAssertEqual(error as? ExportError, .invalidDateFormat(pattern: "YYYY-MM-DD", offending: "YYYY"))
        }
        XCTAssertThrowsError(try DateFormat(pattern: "yyy"))
    }
}
