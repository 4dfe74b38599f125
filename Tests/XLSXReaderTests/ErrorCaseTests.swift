import Foundation
import XCTest
@testable import XLSXReader
import TestSupport

/// Each broken input gives its own typed error carrying what a person needs.
final class ErrorCaseTests: XCTestCase {
    /// The corpus files the manifest marks `expect_error_or_graceful`, each with its own test below
    /// (CorpusTests checks the manifest lists no others).
    static let brokenCorpusFiles: Set<String> = [
        "calamine__pass_protected_cfb.xlsx", "python-calamine__empty_file_0_bytes.xlsx",
        "derived__truncated_zip_of_sheetjs_ErrorTypes.xlsx", "openpyxl__null_archive.xlsx",
        "exceljs__missing-bits_no_sst_no_workbook.xlsx", "tealeg__badfile_noWorksheets.xlsx", "exceljs__invalid-xml.xlsx",
        "excelize__BadWorkbook_no_sheets.xlsx", "tealeg__badfile_noWorkbookRels.xlsx",
    ]

    private func corpusFile(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try SharedMaterial.corpusFile(name, file: file, line: line)
    }

    func testMissingFile() {
        XCTAssertThrowsError(try Workbook(path: "/nonexistent/book.xlsx")) { error in
            XCTAssertEqual(error as? XLSXError, .fileUnreadable(file: "/nonexistent/book.xlsx", reason: "no such file"))
        }
    }

    func testNotAZip() {
        XCTAssertThrowsError(try Workbook(data: Data("name,age\n".utf8), name: "people.csv")) { error in
            XCTAssertEqual(error as? XLSXError, .notAZip(file: "people.csv"))
        }
    }

    func testPasswordProtectedWorkbook() throws {
        let path = try corpusFile("calamine__pass_protected_cfb.xlsx")
        XCTAssertThrowsError(try Workbook(path: path)) { XCTAssertEqual($0 as? XLSXError, .passwordProtected(file: path)) }
    }

    func testLegacyXLSContainer() throws {
        // A CFB header whose one directory sector names a "Workbook" stream, as Excel 97–2003 writes.
        var bytes = [UInt8](repeating: 0, count: 512 * 3)
        bytes.replaceSubrange(0..<8, with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        bytes[0x1E] = 9
        bytes[0x30] = 1
        bytes.replaceSubrange(0x4C..<0x50, with: [0, 0, 0, 0])
        bytes.replaceSubrange(512..<516, with: [0xFD, 0xFF, 0xFF, 0xFF])
        bytes.replaceSubrange(516..<520, with: [0xFE, 0xFF, 0xFF, 0xFF])
        let name = Array("Workbook".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        bytes.replaceSubrange(1024..<(1024 + name.count), with: name)
        bytes[1024 + 0x40] = UInt8(name.count + 2)
        XCTAssertThrowsError(try Workbook(data: Data(bytes), name: "old.xls")) {
            XCTAssertEqual($0 as? XLSXError, .legacyExcel(file: "old.xls"))
        }
    }

    func testEmptyFile() throws {
        let path = try corpusFile("python-calamine__empty_file_0_bytes.xlsx")
        XCTAssertThrowsError(try Workbook(path: path)) { XCTAssertEqual($0 as? XLSXError, .emptyFile(file: path)) }
    }

    func testTruncatedZip() throws {
        let path = try corpusFile("derived__truncated_zip_of_sheetjs_ErrorTypes.xlsx")
        XCTAssertThrowsError(try Workbook(path: path)) { error in
            guard case XLSXError.corruptZip(let file, _)? = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, path)
        }
    }

    func testZipWithoutWorkbookPart() throws {
        for name in ["openpyxl__null_archive.xlsx", "exceljs__missing-bits_no_sst_no_workbook.xlsx"] {
            let path = try corpusFile(name)
            XCTAssertThrowsError(try Workbook(path: path)) {
                XCTAssertEqual($0 as? XLSXError, .missingPart(file: path, part: "xl/workbook.xml"), name)
            }
        }
    }

    func testMissingSheetPartIsReportedWhenRead() throws {
        let path = try corpusFile("tealeg__badfile_noWorksheets.xlsx")
        let workbook = try Workbook(path: path)
        XCTAssertEqual(workbook.sheets.map(\.name), ["Tabelle1", "Tabelle2", "Tabelle3"])
        XCTAssertThrowsError(try workbook.cells(of: workbook.sheets[0])) { error in
            guard case XLSXError.missingPart(path, let part)? = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertTrue(part.hasSuffix(".xml"), part)
        }
    }

    /// workbook.xml has an empty `<sheets>` although a sheet part exists: the workbook opens with no
    /// sheets (the orphan part is not guessed at), and asking for a sheet lists none.
    func testWorkbookWithoutSheetsOpensEmpty() throws {
        let path = try corpusFile("excelize__BadWorkbook_no_sheets.xlsx")
        let workbook = try Workbook(path: path)
        XCTAssertEqual(workbook.sheets.map(\.name), [])
        XCTAssertThrowsError(try workbook.sheet(named: "Sheet1")) {
            XCTAssertEqual($0 as? XLSXError, .sheetNotFound(file: path, requested: "Sheet1", available: []))
        }
    }

    /// xl/_rels/workbook.xml.rels is absent: the sheet names are listed, and reading any sheet names the
    /// missing relationships part.
    func testMissingWorkbookRelationshipsAreReportedWhenRead() throws {
        let path = try corpusFile("tealeg__badfile_noWorkbookRels.xlsx")
        let workbook = try Workbook(path: path)
        XCTAssertEqual(workbook.sheets.map(\.name), ["Tabelle1", "Tabelle2", "Tabelle3"])
        for sheet in workbook.sheets {
            XCTAssertThrowsError(try workbook.cells(of: sheet), sheet.name) {
                XCTAssertEqual($0 as? XLSXError, .missingPart(file: path, part: "xl/_rels/workbook.xml.rels"), sheet.name)
            }
        }
    }

    func testMalformedSheetNamesPartAndOffset() throws {
        let path = try corpusFile("exceljs__invalid-xml.xlsx")
        let workbook = try Workbook(path: path)
        XCTAssertThrowsError(try readCells(workbook)) { error in
            guard case XLSXError.malformedXML(path, let part, let offset, _)? = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
            XCTAssertGreaterThan(offset, 0)
        }
    }

    func testSheetNotFoundListsTheSheets() throws {
        let workbook = try Workbook(path: Fixtures.url("absurd_dimension.xlsx").path)
        XCTAssertThrowsError(try workbook.sheet(named: "Missing")) {
            XCTAssertEqual($0 as? XLSXError, .sheetNotFound(file: workbook.file, requested: "Missing", available: ["Dimension", "Cell"]))
        }
    }

    func testInflatedBytesCapStopsReading() throws {
        let path = try corpusFile("sheetjs__large_strings.xlsx")
        let limits = ReadLimits(maxInflatedBytes: 200_000)
        XCTAssertThrowsError(try readCells(Workbook(path: path, limits: limits))) { error in
            guard case XLSXError.decompressionBomb(path, _, let inflated, 200_000)? = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(inflated, 200_000)
        }
    }

    func testCompressionRatioCapStopsReading() throws {
        // Repetitive XML parts (styles, ~98k styled empty cells) compress far better than 5:1.
        let path = try corpusFile("calamine__issue_174_gnumeric_huge_dimension.xlsx")
        let limits = ReadLimits(maxCompressionRatio: 5, ratioCheckFloor: 1000)
        XCTAssertThrowsError(try readCells(Workbook(path: path, limits: limits))) { error in
            guard case XLSXError.decompressionBomb(path, _, let inflated, let limit)? = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(inflated, limit)
        }
    }
}
