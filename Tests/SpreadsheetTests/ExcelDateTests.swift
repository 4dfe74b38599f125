import XCTest
import Spreadsheet

/// Serial → calendar conversion against the test vectors of xlsx-format.md §7, which were checked
/// against Excel's own cached TEXT(…,"YYYY-MM-DD") results.
final class ExcelDateTests: XCTestCase {
    func testReferenceVectors1900() {
        let vectors: [(Double, String)] = [
            (1, "1900-01-01"), (11, "1900-01-11"), (59, "1900-02-28"), (60, "1900-02-29"), (61, "1900-03-01"),
            (111, "1900-04-20"), (1111, "1903-01-15"), (11111, "1930-06-02"), (45000, "2023-03-15"),
            (2_958_465, "9999-12-31"),
        ]
        for (serial, iso) in vectors {
            XCTAssertEqual(ExcelDate(serial: serial, system: .excel1900).isoText, iso, "serial \(serial)")
        }
    }

    func testReferenceVectors1904() {
        let vectors: [(Double, String)] = [
            (0, "1904-01-01"), (1, "1904-01-02"), (11, "1904-01-12"), (111, "1904-04-21"), (1111, "1907-01-16"),
            (11111, "1934-06-03"), (40543, "2015-01-01"), (1_000_000, "4641-11-27"),
        ]
        for (serial, iso) in vectors {
            XCTAssertEqual(ExcelDate(serial: serial, system: .excel1904).isoText, iso, "serial \(serial)")
        }
    }

    func testTimeOfDayRoundsToMillisecondsAndCarries() {
        XCTAssertEqual(ExcelDate(serial: 41333.5, system: .excel1900).isoText, "2013-02-28T12:00:00")
        XCTAssertEqual(ExcelDate(serial: 44035.375, system: .excel1900).isoText, "2020-07-23T09:00:00")
        XCTAssertEqual(ExcelDate(serial: 1.999_999_999_9, system: .excel1900).isoText, "1900-01-02")
    }

    func testOutOfRangeSerialsAreNotDates() {
        XCTAssertNil(ExcelDate(serial: -1, system: .excel1900).components)
        XCTAssertNil(ExcelDate(serial: 2_958_466, system: .excel1900).components)
        XCTAssertNil(ExcelDate(serial: .nan, system: .excel1904).components)
    }
}
