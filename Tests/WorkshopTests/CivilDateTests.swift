@testable import Workshop
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
}
