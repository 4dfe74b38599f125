import Foundation
import Spreadsheet
import XCTest

/// The one address: what a file's `r="C17"` says and what a report places at row 16, column 2 are the same value,
/// so a grader can look a report's answer cell up among the cells it reads back without converting.
final class CellAddressTests: XCTestCase {
    func testReadAndPlacedAddressesAreOneValue() throws {
        let read = try XCTUnwrap(CellAddress(a1: "C17"))
        XCTAssertEqual(read, CellAddress(row: 16, column: 2))
        XCTAssertEqual(read, CellAddress(rowNumber: 17, columnNumber: 3))
        XCTAssertEqual(read.rowNumber, 17)
        XCTAssertEqual(read.columnNumber, 3)
        XCTAssertEqual([read: "answer"][CellAddress(row: 16, column: 2)], "answer")
    }

    func testOneConversionToLetters() {
        for (number, letters) in [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD")] {
            XCTAssertEqual(CellAddress.columnLetters(columnNumber: number), letters)
            XCTAssertEqual(CellAddress(row: 0, column: number - 1).columnLetters, letters)
            XCTAssertEqual(CellAddress.columnNumber(letters: letters), number)
        }
        XCTAssertEqual(CellAddress(row: 1, column: 2).a1(absolute: true), "$C$2")
        XCTAssertEqual(CellAddress(row: 1, column: 2).a1, "C2")
    }

    func testRangesReadAndWritten() throws {
        let merged = try XCTUnwrap(CellRange(a1: "B3:A1"))
        XCTAssertEqual(merged.first, CellAddress(row: 0, column: 0))
        XCTAssertEqual(merged.cellCount, 6)
        XCTAssertTrue(merged.contains(CellAddress(a1: "B2")!))
        XCTAssertEqual(merged.reference(), "$A$1:$B$3")
        let column = CellRange.column(2, rows: 1..<201, on: "データ")
        XCTAssertEqual(column.reference(), "'データ'!$C$2:$C$201")
        XCTAssertEqual(SheetName.quotedForFormula("it's"), "'it''s'")
    }

    /// Result documents are Codable: an address is still `{"row":…,"column":…}`, zero-based.
    func testCodableShapeIsZeroBased() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(CellAddress(a1: "B3")!), as: UTF8.self)
        XCTAssertEqual(json, #"{"column":1,"row":2}"#)
    }
}
