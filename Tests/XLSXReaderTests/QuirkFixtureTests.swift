import XCTest
@testable import XLSXReader

/// One test per quirk fixture written by scripts/make-fixtures.py.
final class QuirkFixtureTests: XCTestCase {
    func testDate1904WithFuriganaExcludesPhoneticRuns() throws {
        let workbook = try Workbook(path: Fixtures.url("date1904_furigana.xlsx").path)
        XCTAssertTrue(workbook.date1904)
        let cells = try readCells(workbook)
        XCTAssertEqual(cells["A1"]?.value, .text("氏名"))
        XCTAssertEqual(cells["B1"]?.value, .text("入庁日"))
        guard case .date(let date)? = cells["A2"]?.value, case .date(let epoch)? = cells["B2"]?.value else {
            return XCTFail("A2 and B2 should be dates")
        }
        XCTAssertEqual(date.isoText, "2015-01-01")
        XCTAssertEqual(epoch.isoText, "1904-01-01")
    }

    func testJapaneseBuiltInDateIdsAreTemporal() throws {
        let cells = try readCells(Workbook(path: Fixtures.url("japanese_builtin_date_ids.xlsx").path))
        XCTAssertEqual(cells.count, 38)
        for row in 1...19 {
            guard case .number(let id)? = cells["A\(row)"]?.value, case .date(let date)? = cells["B\(row)"]?.value else {
                XCTFail("row \(row): expected the id and a date, got \(String(describing: cells["B\(row)"]?.value))")
                continue
            }
            let expected = id == 32 || id == 33 ? "1899-12-31T12:00:00" : "2025-04-01"
            XCTAssertEqual(date.isoText, expected, "numFmtId \(id)")
        }
    }

    func testWorkbookNumberFormatsOverrideBuiltIns() throws {
        let cells = try readCells(Workbook(path: Fixtures.url("numfmt_overrides_builtin.xlsx").path))
        XCTAssertEqual(cells["A1"]?.value, .number(45748), "id 14 redefined as 0.00 is a number")
        XCTAssertEqual(cells["B1"]?.value.numericValue, 45748)
        if case .date = cells["B1"]?.value {} else { XCTFail("id 3 redefined as yyyy/mm/dd is a date") }
        XCTAssertEqual(cells["C1"]?.value, .number(45748), "quoted 日 and an escaped d are literals")
        XCTAssertEqual(cells["D1"]?.value, .duration(days: 1.25))
        XCTAssertEqual(cells["D1"]?.value.durationText, "30:00:00")
    }

    func testXStringEscapesDecodeOnceAndPairSurrogates() throws {
        let cells = try readCells(Workbook(path: Fixtures.url("xstring_escapes.xlsx").path))
        XCTAssertEqual(cells["A1"]?.value, .text("_x000D_"))
        XCTAssertEqual(cells["B1"]?.value, .text("😀"))
        XCTAssertEqual(cells["C1"]?.value, .text("a\u{FFFD}b"))
        XCTAssertEqual(cells["D1"]?.value, .text("_x12G4_ &amp; A"))
    }

    func testDoctypeEntitiesAreNeverExpanded() throws {
        let workbook = try Workbook(path: Fixtures.url("doctype_entities.xlsx").path)
        XCTAssertThrowsError(try readCells(workbook)) { error in
            guard case XLSXError.malformedXML(_, let part, let offset, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
            XCTAssertGreaterThan(offset, 100)
        }
    }

    func testDimensionOrCellBeyondTheGridIsRefused() throws {
        let workbook = try Workbook(path: Fixtures.url("absurd_dimension.xlsx").path)
        XCTAssertThrowsError(try workbook.cells(of: workbook.sheet(named: "Dimension"))) { error in
            XCTAssertEqual(error as? XLSXError, .absurdDimension(file: workbook.file, sheet: "Dimension", reference: "A1:XFD99999999"))
        }
        XCTAssertThrowsError(try readCells(workbook, workbook.sheet(named: "Cell"))) { error in
            XCTAssertEqual(error as? XLSXError, .absurdDimension(file: workbook.file, sheet: "Cell", reference: "A1048577"))
        }
    }

    func testLotusLeapYearBugAndTimeOfDay() throws {
        let cells = try readCells(Workbook(path: Fixtures.url("date1900_leap_bug.xlsx").path))
        let iso = ["A1", "B1", "C1", "D1"].map { key -> String? in
            if case .date(let date)? = cells[key]?.value { return date.isoText }
            return nil
        }
        XCTAssertEqual(iso, ["1900-02-28", "1900-02-29", "1900-03-01", "1899-12-31T18:00:00"])
    }
}

/// The scanner reads plain cells through a fast path and everything else token by token; both must agree.
final class ScannerPathTests: XCTestCase {
    func testFastAndGeneralPathsGiveTheSameCells() throws {
        let workbook = try Workbook(path: Fixtures.url("fast_and_general_paths.xlsx").path)
        let plain = try readCells(workbook, workbook.sheet(named: "Plain"))
        let prefixed = try readCells(workbook, workbook.sheet(named: "Prefixed"))
        XCTAssertEqual(plain.count, 6)
        XCTAssertEqual(plain.mapValues(\.value), prefixed.mapValues(\.value))
        XCTAssertEqual(plain["A1"]?.value, .number(1.5))
        XCTAssertEqual(plain["B1"]?.value, .text("東京"))
        XCTAssertEqual(plain["C1"]?.value, .bool(true))
        XCTAssertEqual(plain["D1"]?.value.numericValue, 45748)
        XCTAssertEqual(plain["A2"]?.value, .error("#N/A"))
        XCTAssertEqual(plain["B2"]?.value, .text("a&b"))
        XCTAssertNil(plain["C2"], "a styled empty cell is skipped")
    }

    func testFormulaTextOnRequest() throws {
        let workbook = try Workbook(path: Fixtures.url("fast_and_general_paths.xlsx").path)
        let cells = try readCells(workbook, workbook.sheet(named: "Prefixed"), formulas: true)
        XCTAssertEqual(cells["C1"]?.formula, "TRUE()")
        XCTAssertNil(try readCells(workbook, workbook.sheet(named: "Prefixed"))["C1"]?.formula)
    }
}
