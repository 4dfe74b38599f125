import XCTest
import CSVReader

final class CalendarDateTests: XCTestCase {
    /// Serial numbers as Excel shows them (1900 system, with its phantom 1900-02-29 at serial 60).
    func testExcelSerials() throws {
        let cases: [(Int, Int, Int, Int)] = [
            (1900, 1, 1, 1), (1900, 2, 28, 59), (1900, 3, 1, 61), (2024, 1, 1, 45292), (2024, 4, 1, 45383),
            (1989, 1, 8, 32516), (9999, 12, 31, 2_958_465),
        ]
        for (year, month, day, serial) in cases {
            XCTAssertEqual(try XCTUnwrap(CalendarDate(year: year, month: month, day: day)).excelSerial, serial,
                           "\(year)-\(month)-\(day)")
        }
        XCTAssertNil(CalendarDate(year: 1899, month: 12, day: 31)?.excelSerial)
    }

    func testValidation() {
        XCTAssertNotNil(CalendarDate(year: 2000, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 1900, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 2024, month: 4, day: 31))
        XCTAssertNil(CalendarDate(year: 0, month: 1, day: 1))
        XCTAssertEqual(CalendarDate(year: 812, month: 3, day: 9)?.iso8601, "0812-03-09")
    }
}
