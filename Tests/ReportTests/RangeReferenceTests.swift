import Report
import XCTest

/// A1 references and sheet-name quoting as Excel writes them.
final class RangeReferenceTests: XCTestCase {
    func testColumnLettersAreBijectiveBase26() {
        let expected = [0: "A", 25: "Z", 26: "AA", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA", 16383: "XFD"]
        for (column, letters) in expected {
            XCTAssertEqual(CellAddress(row: 0, column: column).columnLetters, letters)
        }
    }

    func testA1WithAndWithoutAnchors() {
        XCTAssertEqual(CellAddress(row: 1, column: 2).a1(), "C2")
        XCTAssertEqual(CellAddress(row: 200, column: 2).a1(absolute: true), "$C$201")
    }

    func testRangeReferenceQuotesJapaneseSheetNames() {
        let range = CellRange.column(2, rows: 1..<201, on: "データ")
        XCTAssertEqual(range.reference(), "'データ'!$C$2:$C$201")
        XCTAssertEqual(range.reference(absolute: false), "'データ'!C2:C201")
        XCTAssertEqual(range.rowCount, 200)
    }

    func testSingleCellRangeHasOneCorner() {
        let cell = CellRange(sheet: "Data", first: CellAddress(row: 0, column: 0), last: CellAddress(row: 0, column: 0))
        XCTAssertEqual(cell.reference(), "Data!$A$1")
    }

    func testCornersAreNormalised() {
        let range = CellRange(sheet: "Data", first: CellAddress(row: 9, column: 3), last: CellAddress(row: 1, column: 1))
        XCTAssertEqual(range.reference(), "Data!$B$2:$D$10")
        XCTAssertEqual(range.columnCount, 3)
    }

    func testSheetNameQuoting() {
        let expected = [
            "Data": "Data", "Sheet1": "Sheet1", "my_data.v2": "my_data.v2",
            "データ": "'データ'", "My Data": "'My Data'", "O'Brien": "'O''Brien'", "2024": "'2024'",
            "A1": "'A1'", "xfd100": "'xfd100'", "R1C1": "'R1C1'", "RC": "'RC'", "R": "'R'", "TRUE": "'TRUE'",
            "a-b": "'a-b'",
        ]
        for (name, quoted) in expected {
            XCTAssertEqual(SheetName.quotedForFormula(name), quoted, name)
        }
    }

    func testFormulaCallBuildsArgumentList() {
        let y = CellRange.column(2, rows: 1..<10, on: "データ")
        XCTAssertEqual(Formula.call("CONFIDENCE.T", "0.05", "STDEV.S(\(y.reference()))", "COUNT(\(y.reference()))").text,
                       "CONFIDENCE.T(0.05,STDEV.S('データ'!$C$2:$C$10),COUNT('データ'!$C$2:$C$10))")
        XCTAssertEqual(Formula("=AVERAGE(A1:A3)").text, "AVERAGE(A1:A3)", "a leading = is dropped")
    }
}
