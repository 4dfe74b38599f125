import Report
import XCTest

/// Semantic number formats map to Excel format codes and to the text used for sizing columns.
final class NumberFormatTests: XCTestCase {
    func testExcelCodes() {
        XCTAssertNil(NumberFormat.general.excelCode)
        XCTAssertEqual(NumberFormat.integer.excelCode, "#,##0")
        XCTAssertEqual(NumberFormat.decimals(3).excelCode, "#,##0.000")
        XCTAssertEqual(NumberFormat.decimals(0).excelCode, "#,##0")
        XCTAssertEqual(NumberFormat.percent(2).excelCode, "0.00%")
        XCTAssertEqual(NumberFormat.scientific(2).excelCode, "0.00E+00")
        XCTAssertEqual(NumberFormat.pValue.excelCode, "[<0.0001]0.00E+00;0.0000")
        XCTAssertEqual(NumberFormat.date.excelCode, "yyyy-mm-dd")
    }

    func testApproximateDisplayGroupsThousands() {
        XCTAssertEqual(NumberFormat.decimals(1).approximateDisplay(of: -1_234_567.25), "-1,234,567.3", "half away from zero, as Excel")
        XCTAssertEqual(NumberFormat.integer.approximateDisplay(of: 999), "999")
        XCTAssertEqual(NumberFormat.integer.approximateDisplay(of: 1000), "1,000")
        XCTAssertEqual(NumberFormat.percent(1).approximateDisplay(of: 0.1234), "12.3%")
    }

    func testPValuesSwitchToScientificBelowOneTenThousandth() {
        XCTAssertEqual(NumberFormat.pValue.approximateDisplay(of: 0.0015905), "0.0016")
        XCTAssertEqual(NumberFormat.pValue.approximateDisplay(of: 1.5457e-6), "1.55E-06")
    }

    func testNonFiniteNumbersShowAsNotAvailable() {
        XCTAssertEqual(NumberFormat.decimals(2).approximateDisplay(of: .nan), "#N/A")
        XCTAssertEqual(CellValue.number(.infinity).spreadsheetSafe, .error(.notAvailable))
        XCTAssertEqual(CellValue.number(2).spreadsheetSafe, .number(2))
    }

    func testArithmeticWidthMatchesTheText() {
        let values = [0, 1, 9.99, 999, 1000, -1_234_567.891, 0.5, 123_456.7, 42.125, 1e10, 0.0001234]
        let formats: [NumberFormat] = [.general, .integer, .decimals(0), .decimals(1), .decimals(3), .decimals(4)]
        for format in formats {
            for value in values {
                XCTAssertEqual(format.approximateWidth(of: value), format.approximateDisplay(of: value).count, "\(format) \(value)")
            }
        }
        XCTAssertNil(NumberFormat.percent(1).approximateWidth(of: 0.5), "other formats build their text")
    }

    func testGeneralShowsAtMostElevenCharacters() {
        XCTAssertEqual(NumberFormat.general.approximateDisplay(of: 45), "45")
        XCTAssertEqual(NumberFormat.general.approximateDisplay(of: 2.7386127875258306), "2.738612788", "General rounds its last digit")
        XCTAssertEqual(NumberFormat.general.approximateDisplay(of: 1.5e-6), "1.50000E-06")
    }
}
