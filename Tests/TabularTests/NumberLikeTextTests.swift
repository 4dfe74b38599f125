import XCTest
@testable import Tabular

final class NumberLikeTextTests: XCTestCase {
    func testRecognisedSpellings() {
        let cases: [(String, Double, [NumberLikeText.Reason], String?)] = [
            ("１２３", 123, [.fullWidthDigits], nil),
            ("1,234", 1234, [.thousandsSeparators], nil),
            (" 42 ", 42, [.surroundingSpace], nil),
            ("12時間", 12, [.trailingUnit], "時間"),
            ("3件", 3, [.trailingUnit], "件"),
            ("－１，２３４．５", -1234.5, [.fullWidthDigits, .thousandsSeparators], nil),
            ("\u{3000}７\u{3000}", 7, [.fullWidthDigits, .surroundingSpace], nil),
            ("007", 7, [.storedAsText], nil),
            ("12.5 kg", 12.5, [.trailingUnit], "kg"),
            ("+5", 5, [.storedAsText], nil),
            (".5", 0.5, [.storedAsText], nil),
            ("\n\t８時間", 8, [.fullWidthDigits, .surroundingSpace, .trailingUnit], "時間"),
            ("\u{2212}3", -3, [.fullWidthDigits], nil),
        ]
        for (text, value, reasons, unit) in cases {
            let reading = NumberLikeText(text)
            XCTAssertEqual(reading?.value, value, text)
            XCTAssertEqual(reading?.reasons, reasons, text)
            XCTAssertEqual(reading?.unit, unit, text)
        }
    }

    func testNotNumbers() {
        for text in ["", "abc", "総務", "1,23", "12,3456", "第3回", "1e5", "inf", "nan", "1.2.3", "R7", "3 件 目 以 上", "-", ".",
                     "user0000001", "ID 12", "，123", ",5", "件3"] {
            XCTAssertNil(NumberLikeText(text), text)
        }
    }
}
