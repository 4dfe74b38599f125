import XCTest
import CSVReader

final class DateFieldTests: XCTestCase {
    private func iso(_ text: String) -> String? { DateField.date(from: text)?.iso8601 }

    func testWesternForms() {
        XCTAssertEqual(iso("2024/4/1"), "2024-04-01")
        XCTAssertEqual(iso("2024-04-01"), "2024-04-01")
        XCTAssertEqual(iso("2024年4月1日"), "2024-04-01")
        XCTAssertEqual(iso("2024/12/31"), "2024-12-31")
        XCTAssertEqual(iso("2024/2/29"), "2024-02-29")
    }

    func testEraNames() {
        XCTAssertEqual(iso("令和6年4月1日"), "2024-04-01")
        XCTAssertEqual(iso("令和元年5月1日"), "2019-05-01")
        XCTAssertEqual(iso("平成31年4月30日"), "2019-04-30")
        XCTAssertEqual(iso("昭和64年1月7日"), "1989-01-07")
        XCTAssertEqual(iso("平成元年1月8日"), "1989-01-08")
        XCTAssertEqual(iso("大正15年12月24日"), "1926-12-24")
        XCTAssertEqual(iso("明治45年7月29日"), "1912-07-29")
    }

    func testEraInitials() {
        XCTAssertEqual(iso("R6.4.1"), "2024-04-01")
        XCTAssertEqual(iso("H31.4.30"), "2019-04-30")
        XCTAssertEqual(iso("r6/4/1"), "2024-04-01")
        XCTAssertEqual(iso("S64-1-7"), "1989-01-07")
        XCTAssertEqual(iso("T1.7.30"), "1912-07-30")
        XCTAssertEqual(iso("M1.10.23"), "1868-10-23")
    }

    func testDatesOutsideTheirEraAreRejected() {
        for text in ["H31.5.1", "S64.1.8", "H1.1.7", "R1.4.30", "T1.7.29", "M45.7.30", "S1.12.24", "M1.10.22",
                     "平成31年5月1日", "令和元年4月30日", "R0.5.1"] {
            XCTAssertNil(DateField.date(from: text), text)
        }
    }

    func testNotDates() {
        for text in ["2024/2/30", "2023/2/29", "2024/13/1", "2024/4/1/", "2024/4-1", "24/4/1", "2024.4.1",
                     "2024年4月1", "R6.4", "X6.4.1", "R6.4.1 ", " 2024/4/1", "２０２４/4/1", "2024/04/001",
                     "令和6年4月1日です", "1,234", ""] {
            XCTAssertNil(DateField.date(from: text), text)
        }
    }
}

final class DateTimeFieldTests: XCTestCase {
    func testDateWithTimeOfDay() throws {
        let morning = try XCTUnwrap(DateField.dateTime(from: "2024/4/1 9:30"))
        XCTAssertEqual(morning.date.iso8601, "2024-04-01")
        XCTAssertEqual(morning.secondsIntoDay, 9 * 3600 + 30 * 60)
        // Excel: 2024-04-01 12:00 is serial 45383.5.
        XCTAssertEqual(DateField.dateTime(from: "2024-04-01 12:00:00")?.excelSerial, 45383.5)
        XCTAssertEqual(DateField.dateTime(from: "R6.4.1 23:59:59")?.secondsIntoDay, 86_399)
        XCTAssertEqual(DateField.dateTime(from: "2024/4/1")?.secondsIntoDay, 0)
    }

    func testMalformedTimesAreNotDates() {
        for text in ["2024/4/1 24:00", "2024/4/1 9:60", "2024/4/1 9:5", "2024/4/1 9", "2024/4/1  9:30",
                     "2024/4/1 9:30:", "2024/4/1 ９:30", "2024/4/1 9:30 ", "9:30", "2024/4/31 9:30"] {
            XCTAssertNil(DateField.dateTime(from: text), text)
        }
    }
}
