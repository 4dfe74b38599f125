import XCTest
import CSVReader
@testable import Tabular

/// Dates typed as text: `DateField`'s forms, full-width, padded, or followed by the day of the week.
final class TextDateTests: XCTestCase {
    func testDates() {
        let cases: [(String, String)] = [
            ("令和6年4月1日", "2024-04-01"),
            ("令和元年5月7日", "2019-05-07"),
            ("R6.4.2", "2024-04-02"),
            ("H31.4.30", "2019-04-30"),
            ("令和６年４月９日", "2024-04-09"),
            ("2024/4/4", "2024-04-04"),
            ("令和6年4月3日(水)", "2024-04-03"),
            ("令和6年4月3日（水）", "2024-04-03"),
            ("2024/4/3(Wed)", "2024-04-03"),
            ("２０２４／４／５", "2024-04-05"),
            ("２０２４－０４－０６", "2024-04-06"),
            ("Ｒ６．４．８", "2024-04-08"),
            (" 2024-04-10\u{3000}", "2024-04-10"),
            ("令和6年4月3日 （水曜日）", "2024-04-03"),
            ("2024/4/3 (wednesday)", "2024-04-03"),
            ("2024年4月3日(月)", "2024-04-03"),
        ]
        for (text, iso) in cases {
            XCTAssertEqual(TextDate.date(from: text)?.iso8601, iso, text)
        }
    }

    func testNotDates() {
        for text in ["総務課", "4月", "R6年度", "12時間", "2024", "", "令和6年4月", "H31.5.1", "2024/2/30",
                     "2024/4/3(予定)", "2024/4/3(水", "(水)", "2024/4/3()", "令和6年4月3日(水)(水)", "１２３"] {
            XCTAssertNil(TextDate.date(from: text), text)
        }
    }

    /// Everything `DateField` accepts, `TextDate` accepts with the same answer.
    func testAgreesWithDateField() {
        for text in ["2024-04-01", "2024年4月1日", "令和元年5月1日", "s64-1-7", "M45.7.29", "T1.7.30"] {
            XCTAssertNotNil(DateField.date(from: text), text)
            XCTAssertEqual(TextDate.date(from: text), DateField.date(from: text), text)
        }
    }
}
