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

    func testTrianglesAndPercents() {
        let cases: [(String, Double, [NumberLikeText.Reason], String?)] = [
            ("▲1,234", -1234, [.thousandsSeparators, .negativeTriangle], nil),
            ("△56", -56, [.negativeTriangle], nil),
            ("▲ 12", -12, [.negativeTriangle], nil),
            ("▲\u{3000}１２", -12, [.fullWidthDigits, .negativeTriangle], nil),
            (" △0.5 ", -0.5, [.surroundingSpace, .negativeTriangle], nil),
            ("▲3件", -3, [.trailingUnit, .negativeTriangle], "件"),
            ("85.5%", 0.855, [.percent], nil),
            ("12％", 0.12, [.percent], nil),
            ("１２．５％", 0.125, [.fullWidthDigits, .percent], nil),
            ("7 %", 0.07, [.percent], nil),
            ("-3%", -0.03, [.percent], nil),
            ("1,050%", 10.5, [.thousandsSeparators, .percent], nil),
            ("▲2.5%", -0.025, [.negativeTriangle, .percent], nil),
        ]
        for (text, value, reasons, unit) in cases {
            let reading = NumberLikeText(text)
            XCTAssertEqual(reading?.value, value, text)
            XCTAssertEqual(reading?.reasons, reasons, text)
            XCTAssertEqual(reading?.unit, unit, text)
        }
    }

    func testPercentIsTheDecimalWrittenOut() {
        for (percent, decimal) in [("12.3%", "0.123"), ("0.1%", "0.001"), ("7.25％", "0.0725"), ("1,234.5%", "12.345"),
                                   ("▲0.7%", "-0.007")] {
            XCTAssertEqual(NumberLikeText(percent)?.value, Double(decimal), percent)
        }
    }

    func testTriangleZeroIsPlainZero() throws {
        let zero = try XCTUnwrap(NumberLikeText("▲0")?.value)
        XCTAssertEqual(zero, 0)
        XCTAssertEqual(zero.sign, .plus)
    }

    func testNotNumbers() {
        for text in ["", "abc", "総務", "1,23", "12,3456", "第3回", "1e5", "inf", "nan", "1.2.3", "R7", "3 件 目 以 上", "-", ".",
                     "user0000001", "ID 12", "，123", ",5", "件3",
                     "－", "▲", "△", "%", "▲-5", "△+5", "-▲5", "▼12", "▽12", "5%%", "12件%", "%5", "12%件", "▲%",
                     "▲ ", "▲,123", "12▲"] {
            XCTAssertNil(NumberLikeText(text), text)
        }
    }
}
