import Spreadsheet
import XCTest

final class CivilDateTests: XCTestCase {
    func testExcelSerialsOfKnownDates() throws {
        // Serials as shown by Excel for these dates (1900 date system).
        XCTAssertEqual(try XCTUnwrap(CivilDate(iso: "2024-01-01")).excelSerial, 45292)
        XCTAssertEqual(try XCTUnwrap(CivilDate(iso: "1900-03-01")).excelSerial, 61)
        XCTAssertEqual(try XCTUnwrap(CivilDate(iso: "2000-02-29")).excelSerial, 36585)
        XCTAssertEqual(try XCTUnwrap(CivilDate(iso: "1970-01-01")).dayNumber, 0)
    }

    func testRoundTripThroughDayNumbers() {
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(CivilDate(dayNumber: day).dayNumber, day)
        }
    }

    func testInvalidDatesAreRejected() {
        XCTAssertNil(CivilDate(iso: "2023-02-29"))
        XCTAssertNil(CivilDate(iso: "2024-13-01"))
        XCTAssertNil(CivilDate(iso: "2024-1-01"))
        XCTAssertNotNil(CivilDate(iso: "2024-02-29"))
    }

    func testAddingMonthsClipsToMonthEnd() throws {
        let date = try XCTUnwrap(CivilDate(iso: "2024-01-31"))
        XCTAssertEqual(date.addingMonths(1).description, "2024-02-29")
        XCTAssertEqual(date.addingMonths(13).description, "2025-02-28")
        XCTAssertEqual(date.addingMonths(-2).description, "2023-11-30")
    }

    /// Serial numbers as Excel shows them (1900 system, with its phantom 1900-02-29 at serial 60).
    func testExcelSerials() throws {
        let cases: [(Int, Int, Int, Int)] = [
            (1900, 1, 1, 1), (1900, 2, 28, 59), (1900, 3, 1, 61), (2024, 1, 1, 45292), (2024, 4, 1, 45383),
            (1989, 1, 8, 32516), (9999, 12, 31, 2_958_465),
        ]
        for (year, month, day, serial) in cases {
            XCTAssertEqual(try XCTUnwrap(CivilDate(year: year, month: month, day: day)).excelSerial, serial,
                           "\(year)-\(month)-\(day)")
        }
        XCTAssertNil(CivilDate(year: 1899, month: 12, day: 31)?.excelSerial)
    }

    func testValidation() {
        XCTAssertNotNil(CivilDate(year: 2000, month: 2, day: 29))
        XCTAssertNil(CivilDate(year: 1900, month: 2, day: 29))
        XCTAssertNil(CivilDate(year: 2024, month: 4, day: 31))
        XCTAssertNil(CivilDate(year: 0, month: 1, day: 1))
        XCTAssertEqual(CivilDate(year: 812, month: 3, day: 9)?.iso8601, "0812-03-09")
    }
}
