import XCTest
@testable import XLSXReader

final class ValueParsingTests: XCTestCase {
    private func parse(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer(DecimalParser.parse)
    }

    func testDecimalsMatchCorrectlyRoundedValues() {
        let texts = ["0", "-1.2", "12.3", " 15 ", "1.23456789e+22", "8595602512225", "0.1", "2.2250738585072014E-308",
                     "10.6320601851852", "1e400", "123456789012345678901234567890", ".5", "+3"]
        for text in texts {
            XCTAssertEqual(parse(text), strtod(text.trimmingCharacters(in: .whitespaces), nil), text)
        }
    }

    func testNonNumbersAreRefused() {
        for text in ["", " ", "abc", "1,234", "inf", "nan", "0x10", "1e", "--1", "1.2.3"] {
            XCTAssertNil(parse(text), text)
        }
    }

    func testCellAddresses() {
        XCTAssertEqual(CellAddress(a1: "C17"), CellAddress(rowNumber: 17, columnNumber: 3))
        XCTAssertEqual(CellAddress(a1: "xfd1048576")?.a1, "XFD1048576")
        XCTAssertEqual(CellAddress(rowNumber: 1, columnNumber: 27).a1, "AA1")
        for bad in ["A0", "XFE1", "A1048577", "1A", "A", "", "A99999999999999999999999"] {
            XCTAssertNil(CellAddress(a1: bad), bad)
        }
        XCTAssertEqual(CellRange(a1: "B2:A1")?.a1, "A1:B2")
        XCTAssertEqual(CellRange(a1: "A1:XFD1048576")?.cellCount, 17_179_869_184)
    }
}
