import XCTest
import XLSXReader
@testable import Tabular

final class TableReadingTests: XCTestCase {
    private func layoutTable(coerce: Bool = false) throws -> Table {
        let workbook = try FixtureFiles.workbook("table_layout.xlsx")
        return try Table.read(workbook, sheet: workbook.sheets[0], options: TableOptions(headerRow: 3, coerceNumbers: coerce))
    }

    func testDefaultHeaderIsFoundBelowTheTitle() throws {
        let workbook = try FixtureFiles.workbook("table_layout.xlsx")
        let table = try Table.read(workbook, sheet: workbook.sheets[0])
        XCTAssertEqual(table.headerRow, 3)
        XCTAssertEqual(table.columns.map(\.name), ["所属", "年齢", "年齢_2", "D", "入庁日"])
        XCTAssertEqual(table.layout?.leftOutRows.first?.reason, .aboveHeader)
    }

    func testWithoutDetectionTheHeaderIsTheFirstNonEmptyRow() throws {
        let workbook = try FixtureFiles.workbook("table_layout.xlsx")
        let table = try Table.read(workbook, sheet: workbook.sheets[0], options: TableOptions(detectLayout: false))
        XCTAssertEqual(table.headerRow, 1)
        XCTAssertEqual(table.columns.map(\.name), ["職員調査 2024", "B", "C", "D", "E"])
    }

    func testNamesAreTrimmedUniqueAndLettersForBlanks() throws {
        let table = try layoutTable()
        XCTAssertEqual(table.headerRow, 3)
        XCTAssertEqual(table.columns.map(\.name), ["所属", "年齢", "年齢_2", "D", "入庁日"])
        XCTAssertEqual(table.columns[0].header, " 所属 ")
        XCTAssertEqual(table.rowNumbers, [4, 5, 6, 7, 8])
    }

    func testTypesCountsAndIssuesWithAddresses() throws {
        let table = try layoutTable()
        let age = try table.requireColumn("年齢")
        XCTAssertEqual(age.type, .number)
        XCTAssertEqual(age.count, 4)
        XCTAssertEqual(age.emptyCount, 1)
        XCTAssertEqual(age.issues.map(\.address.a1), ["B5"])
        guard case .numberLikeText(let reading) = age.issues.first?.kind else { return XCTFail("B5 should be number-like") }
        XCTAssertEqual(reading.value, 12)

        let second = try table.requireColumn("C")
        XCTAssertEqual(second.issues.map(\.address.a1), ["C7"])
        XCTAssertEqual(second.issues.first?.kind, .errorValue)
        XCTAssertEqual(second.issues.first?.text, "#DIV/0!")

        let joined = try table.requireColumn("入庁日")
        XCTAssertEqual(joined.type, .date)
        XCTAssertEqual(joined.issues.map(\.address.a1), ["E7"])
        XCTAssertEqual(joined.issues.first?.kind, .typeMismatch(found: .text))
        XCTAssertEqual(joined.values.first?.displayText, "2025-04-01")
    }

    func testCoercionConvertsAndListsCells() throws {
        let plain = try layoutTable()
        XCTAssertTrue(plain.coercedCells.isEmpty)
        XCTAssertEqual(try plain.requireColumn("年齢").values[1], .text("１２"))

        let table = try layoutTable(coerce: true)
        XCTAssertEqual(table.coercedCells.map(\.address.a1), ["B5", "D8"])
        XCTAssertEqual(try table.requireColumn("年齢").values[1], .number(12))
        XCTAssertEqual(try table.requireColumn("D").values[4], .number(12))
        XCTAssertTrue(try table.requireColumn("年齢").issues.isEmpty)
    }

    func testLookupByHeaderOrLetterAndMissingColumn() throws {
        let table = try layoutTable()
        XCTAssertEqual(table.column("所属")?.index, 1)
        XCTAssertEqual(table.column(" 所属 ")?.index, 1)
        XCTAssertEqual(table.column("e")?.name, "入庁日")
        XCTAssertThrowsError(try table.requireColumn("残業")) { error in
            XCTAssertEqual(error as? TableError,
                           .columnNotFound(sheet: "職員", requested: "残業", available: ["所属", "年齢", "年齢_2", "D", "入庁日"]))
        }
    }

    func testNumericExtractionKeepsRowsAndAddresses() throws {
        let data = try layoutTable().numericData(["年齢", "年齢_2"])
        XCTAssertEqual(data.values[0], [34, nil, nil, 50, 28])
        XCTAssertEqual(data.values[1], [35, 40, 41, nil, 29])
        XCTAssertEqual(data.address(column: 0, row: 1).a1, "B5")
        XCTAssertEqual(data.address(column: 1, row: 3).a1, "C7")
    }

    func testHeaderRowPastTheDataIsAnError() throws {
        let workbook = try FixtureFiles.workbook("table_layout.xlsx")
        XCTAssertThrowsError(try Table.read(workbook, sheet: workbook.sheets[0], options: TableOptions(headerRow: 50))) {
            XCTAssertEqual($0 as? TableError, .headerRowOutOfRange(sheet: "職員", row: 50, lastRow: 8))
        }
    }

    func testDatesOfA1904WorkbookCountAsInThe1900SystemWeWrite() {
        // 2015-01-01 is serial 42005 in the 1900 system and 40543 in the 1904 system; 1904-01-01 is 1462 and 0.
        XCTAssertEqual(TableValue.date(ExcelDate(serial: 40543, system: .excel1904)).numeric, 42005)
        XCTAssertEqual(TableValue.date(ExcelDate(serial: 0, system: .excel1904)).numeric, 1462)
        XCTAssertEqual(TableValue.date(ExcelDate(serial: 42005.5, system: .excel1900)).numeric, 42005.5)
        XCTAssertEqual(ExcelDate(serial: 40543, system: .excel1904).isoText,
                       ExcelDate(serial: 42005, system: .excel1900).isoText)
    }

    func testISODateCellsBecomeDates() {
        XCTAssertEqual(ExcelDate(iso: "2021-01-01", system: .excel1900)?.serial, 44197)
        XCTAssertEqual(ExcelDate(iso: "2021-01-01", system: .excel1904)?.serial, 42735)
        XCTAssertEqual(ExcelDate(iso: "1900-01-01", system: .excel1900)?.serial, 1)
        XCTAssertEqual(ExcelDate(iso: "2014-02-14T08:27:48.765Z", system: .excel1900)?.isoText, "2014-02-14T08:27:48.765")
        XCTAssertEqual(ExcelDate(iso: "10:10:10", system: .excel1900)?.serial ?? 0, 36610.0 / 86400, accuracy: 1e-12)
        XCTAssertNil(ExcelDate(iso: "2021-13-01", system: .excel1900))
        XCTAssertNil(ExcelDate(iso: "soon", system: .excel1900))
    }
}
