import XCTest
import CSVReader
import TestSupport

final class NumberFieldTests: XCTestCase {
    func testPlainNumbers() {
        XCTAssertEqual(NumberField.number(from: "12"), 12)
        XCTAssertEqual(NumberField.number(from: "-3.5"), -3.5)
        XCTAssertEqual(NumberField.number(from: "+7"), 7)
        XCTAssertEqual(NumberField.number(from: ".5"), 0.5)
        XCTAssertEqual(NumberField.number(from: "5."), 5)
        XCTAssertEqual(NumberField.number(from: "007"), 7)
        XCTAssertEqual(NumberField.number(from: "1.2E-3"), 0.0012)
        XCTAssertEqual(NumberField.number(from: "6.02e23"), 6.02e23)
        XCTAssertEqual(NumberField.number(from: "0.1"), 0.1)
    }

    func testPercentIsExactlyTheDecimalValue() {
        XCTAssertEqual(NumberField.number(from: "50%"), 0.5)
        XCTAssertEqual(NumberField.number(from: "12.3%"), 0.123)
        XCTAssertEqual(NumberField.number(from: "-1e2%"), -1)
    }

    func testNumberLikeTextStaysText() {
        for text in ["1,234", " 12", "12 ", "１２３", "12時間", "¥100", "$5", "inf", "nan", "0x1p3", "1e", "e5",
                     ".", "-", "+", "%", "", "1.2.3", "1e400", "1-2", "(12)"] {
            XCTAssertNil(NumberField.number(from: text), text)
        }
    }
}

/// The fast path must agree bit for bit with the standard library's correctly rounded conversion.
final class NumberFieldRoundingTests: XCTestCase {
    func testAgreesWithStandardLibraryOnRandomDecimals() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<20_000 {
            let integerPart = String(UInt64.random(in: 0...999_999_999_999, using: &generator))
            let fraction = String(UInt64.random(in: 0...9_999_999_999, using: &generator))
            let exponent = Int.random(in: -30...30, using: &generator)
            for text in ["\(integerPart).\(fraction)", "-0.\(fraction)", "\(integerPart)e\(exponent)",
                         "\(fraction.prefix(3)).\(integerPart.prefix(4))E\(exponent)"] {
                XCTAssertEqual(NumberField.number(from: text)?.bitPattern, Double(text)?.bitPattern, text)
            }
        }
    }

    func testPercentMatchesTheDecimalWrittenOut() {
        for (percent, decimal) in [("12.3%", "0.123"), ("0.1%", "0.001"), ("-7.25%", "-0.0725"),
                                   ("1234567890123456789%", "12345678901234567.89"), ("3e-330%", "3e-332")] {
            XCTAssertEqual(NumberField.number(from: percent), Double(decimal), percent)
        }
    }
}
