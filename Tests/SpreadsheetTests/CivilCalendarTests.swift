import Foundation
import Spreadsheet
import XCTest

/// The one civil-date routine against Foundation's Gregorian calendar in UTC (an independent implementation)
/// and against day counts known by heart.
final class CivilCalendarTests: XCTestCase {
    func testKnownDays() {
        XCTAssertEqual(CivilCalendar.daysSince1970(year: 1970, month: 1, day: 1), 0)
        XCTAssertEqual(CivilCalendar.daysSince1970(year: 2024, month: 1, day: 1), 19_723)
        XCTAssertEqual(CivilCalendar.daysSince1970(year: 1899, month: 12, day: 30), -25_569) // Excel's day 0 (1900 system, from March 1900)
        XCTAssertEqual(CivilCalendar.daysSince1970(year: 1904, month: 1, day: 1), -24_107)   // Excel's 1904 epoch
        XCTAssertTrue(CivilCalendar.date(fromDaysSince1970: -1) == (1969, 12, 31))
        XCTAssertEqual(CivilCalendar.daysIn(month: 2, year: 1900), 28)
        XCTAssertEqual(CivilCalendar.daysIn(month: 2, year: 2000), 29)
        XCTAssertEqual(CivilCalendar.daysIn(month: 2, year: 2024), 29)
        XCTAssertEqual(CivilCalendar.isoText(year: 987, month: 3, day: 5), "0987-03-05")
    }

    func testAgreesWithFoundationAndRoundTrips() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: "UTC"))
        // Every 37th day from 1583 (the first full Gregorian year) to 9999: Foundation is proleptic only after 1582.
        let first = CivilCalendar.daysSince1970(year: 1583, month: 1, day: 1)
        let last = CivilCalendar.daysSince1970(year: 9999, month: 12, day: 31)
        for days in stride(from: first, through: last, by: 37) {
            let (year, month, day) = CivilCalendar.date(fromDaysSince1970: days)
            XCTAssertEqual(CivilCalendar.daysSince1970(year: year, month: month, day: day), days)
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            XCTAssertEqual([parts.year, parts.month, parts.day], [year, month, day], "day \(days)")
            XCTAssertTrue((1...CivilCalendar.daysIn(month: month, year: year)).contains(day))
        }
    }
}
