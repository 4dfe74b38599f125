import XCTest
import CSVReader

final class NumberTextTests: XCTestCase {
    func testPlainNumbers() {
        XCTAssertEqual(NumberText.number(from: "12"), 12)
        XCTAssertEqual(NumberText.number(from: "-3.5"), -3.5)
        XCTAssertEqual(NumberText.number(from: "+7"), 7)
        XCTAssertEqual(NumberText.number(from: ".5"), 0.5)
        XCTAssertEqual(NumberText.number(from: "5."), 5)
        XCTAssertEqual(NumberText.number(from: "007"), 7)
        XCTAssertEqual(NumberText.number(from: "1.2E-3"), 0.0012)
        XCTAssertEqual(NumberText.number(from: "6.02e23"), 6.02e23)
        XCTAssertEqual(NumberText.number(from: "0.1"), 0.1)
    }

    func testPercentIsExactlyTheDecimalValue() {
        XCTAssertEqual(NumberText.number(from: "50%"), 0.5)
        XCTAssertEqual(NumberText.number(from: "12.3%"), 0.123)
        XCTAssertEqual(NumberText.number(from: "-1e2%"), -1)
    }

    func testNumberLikeTextStaysText() {
        for text in ["1,234", " 12", "12 ", "１２３", "12時間", "¥100", "$5", "inf", "nan", "0x1p3", "1e", "e5",
                     ".", "-", "+", "%", "", "1.2.3", "1e400", "1-2", "(12)"] {
            XCTAssertNil(NumberText.number(from: text), text)
        }
    }
}
