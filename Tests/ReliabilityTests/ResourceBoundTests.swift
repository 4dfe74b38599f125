import Foundation
import Tabular
import XCTest
import XLSXReader
import TestSupport

/// Every hostile shape ends in a typed error or the right values, within bounded time and memory.
/// Time bounds are generous (debug builds on a shared machine); they catch hangs and quadratic blow-ups.
final class ResourceBoundTests: XCTestCase {
    private let ns = MinimalPackage.spreadsheetNamespace

    // MARK: Zip bombs

    /// Limits as shipped except a 1 MiB ratio floor (default 64 MiB), so a debug build scans fewer tags.
    private let bombLimits = ReadLimits(ratioCheckFloor: 1 << 20)

    /// Deflate tops out near 1032:1, so the per-part ratio check stops a bomb of C compressed bytes after
    /// max(floor, 500·C) inflated bytes: 6 KB of deflate holding 4 MB is cut off after 3 MB, and memory
    /// stays flat because sheets are streamed.
    func testSheetZipBombIsRefusedAtTheRatioLimit() throws {
        let prefix = Array("<worksheet xmlns=\"\(ns)\"><sheetData><row/>".utf8)
        let bomb = DeflateBomb.make(prefix: prefix, matchGroups: 2_000)
        let package = MinimalPackage.bytes(deflating: .sheet, bomb, claimedSize: 4_000_000_000)

        var thrown: Error?
        let footprint = Footprint.measure { thrown = Reading.error { _ = try Reading.cells(package, limits: bombLimits) } }
        guard case .decompressionBomb(_, let part, let inflated, let limit) = thrown as? XLSXError else {
            return XCTFail("expected decompressionBomb, got \(String(describing: thrown))")
        }
        XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
        XCTAssertEqual(limit, 500 * bomb.deflate.count)
        XCTAssertLessThan(limit, bomb.inflatedSize, "the ratio limit bites before the end of the data")
        XCTAssertLessThanOrEqual(inflated, limit + (256 << 10), "stopped within one read of the limit")
        XCTAssertLessThan(footprint.seconds, 60)
        XCTAssertLessThan(footprint.peakGrowthBytes, 64 << 20, "streamed, not inflated into memory")
    }

    /// 7.5 MB of deflate that would inflate to 5 GiB of empty `<si />`: a ratio under deflate's ceiling
    /// gets past the ratio check for gigabytes, and each entry would cost a String in memory, so the
    /// shared-string part has its own size cap.
    func testSharedStringsZipBombIsCappedWhenOpening() throws {
        let limits = ReadLimits(maxSharedStringsBytes: 2 << 20)
        let prefix = Array("<sst xmlns=\"\(ns)\"><si />".utf8)
        let bomb = DeflateBomb.make(prefix: prefix, matchGroups: (5 << 30) / 2064 + 1)
        XCTAssertGreaterThan(bomb.inflatedSize, 5 << 30)
        XCTAssertLessThan(bomb.deflate.count, 8 << 20)
        let package = MinimalPackage.bytes(deflating: .sharedStrings, bomb, claimedSize: 1000)
        var thrown: Error?
        let footprint = Footprint.measure {
            thrown = Reading.error { _ = try Workbook(data: Data(package), name: "bomb.xlsx", limits: limits) }
        }
        guard case .decompressionBomb(_, "xl/sharedStrings.xml", let inflated, 2 << 20) = thrown as? XLSXError else {
            return XCTFail("expected decompressionBomb at the shared-string cap, got \(String(describing: thrown))")
        }
        XCTAssertLessThanOrEqual(inflated, (2 << 20) + (256 << 10))
        XCTAssertLessThan(footprint.seconds, 60)
        XCTAssertLessThan(footprint.peakGrowthBytes, 128 << 20)
    }

    /// A bomb whose ratio stays under the limit is still stopped by the package-wide budget.
    func testPackageBudgetStopsAnInflationUnderTheRatioLimit() throws {
        let limits = ReadLimits(maxInflatedBytes: 1 << 20, maxCompressionRatio: 10_000, ratioCheckFloor: 1 << 30)
        let prefix = Array("<worksheet xmlns=\"\(ns)\"><sheetData><row/>".utf8)
        let bomb = DeflateBomb.make(prefix: prefix, matchGroups: (16 << 20) / 2064)
        let package = MinimalPackage.bytes(deflating: .sheet, bomb, claimedSize: UInt32(bomb.inflatedSize))
        let thrown = Reading.error { _ = try Reading.cells(package, limits: limits) }
        guard case .decompressionBomb(_, _, let inflated, 1 << 20) = thrown as? XLSXError else {
            return XCTFail("expected decompressionBomb at the package budget, got \(String(describing: thrown))")
        }
        XCTAssertLessThanOrEqual(inflated, (1 << 20) + (256 << 10), "stopped within one read of the budget")
    }

    /// Central-directory claims that contradict the data: each ends in the right values or a typed error.
    /// (The cell stream stops at `</sheetData>`, before the end of the entry where libzip would check the
    /// CRC and size, so a wrong CRC on a sheet whose cells are intact goes unnoticed; the cells are right.)
    func testCentralDirectoryLiesAboutTheSheet() throws {
        let sheet = Array(MinimalPackage.sheet(rows: "<row r=\"1\"><c r=\"A1\"><v>42</v></c></row>").utf8)
        let truth = ZipBuilder.Entry(name: MinimalPackage.Part.sheet.entryName, payload: sheet, method: 0,
                                     crc: ZipBuilder.crc32(sheet), compressedSize: UInt32(sheet.count),
                                     uncompressedSize: UInt32(sheet.count))
        var lies: [(String, ZipBuilder.Entry)] = []
        var entry = truth
        entry.uncompressedSize = 10
        lies.append(("uncompressed size too small", entry))
        entry = truth
        entry.uncompressedSize = 4_000_000_000
        lies.append(("uncompressed size too large", entry))
        entry = truth
        entry.compressedSize = 4_000_000_000
        lies.append(("compressed size past the end of the file", entry))
        entry = truth
        entry.crc ^= 0xFFFF
        lies.append(("wrong CRC", entry))
        for (lie, entry) in lies {
            var zip = ZipBuilder()
            for part in MinimalPackage.Part.allCases where part != .sheet {
                zip.addStored(part.entryName, MinimalPackage.defaultText(of: part))
            }
            zip.add(entry)
            do {
                let cells = try Reading.cells(zip.bytes())
                XCTAssertEqual(cells, ["A1": .number(42)], lie)
                print("\(lie): read correctly")
            } catch let error as XLSXError {
                guard case .corruptZip = error else { return XCTFail("\(lie): expected corruptZip, got \(error)") }
                print("\(lie): \(error)")
            }
        }
    }

    // MARK: Entities, nesting, sizes

    /// Entity declarations are skipped, never expanded; a reference to one is an unknown entity.
    func testBillionLaughsIsNeverExpanded() throws {
        var doctype = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        doctype += "]>"
        let referencing = doctype + MinimalPackage.sheet(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>")
        var thrown: Error?
        let footprint = Footprint.measure { thrown = Reading.error { _ = try Reading.cells(MinimalPackage.bytes(sheet: referencing)) } }
        guard case .malformedXML(_, "xl/worksheets/sheet1.xml", _, let detail) = thrown as? XLSXError else {
            return XCTFail("expected malformedXML, got \(String(describing: thrown))")
        }
        XCTAssertTrue(detail.contains("entity"), detail)
        XCTAssertLessThan(footprint.seconds, 5)

        let unreferenced = doctype + MinimalPackage.sheet(rows: "<row r=\"1\"><c r=\"A1\"><v>42</v></c></row>")
        XCTAssertEqual(try Reading.cells(MinimalPackage.bytes(sheet: unreferenced)), ["A1": .number(42)])
    }

    func testMillionSharedStrings() throws {
        var sst = "<sst xmlns=\"\(ns)\" uniqueCount=\"1000000\">"
        sst.reserveCapacity(24_000_000)
        for index in 0..<1_000_000 { sst += "<si><t>s\(index)</t></si>" }
        sst += "</sst>"
        let sheet = MinimalPackage.sheet(rows: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>999999</v></c><c r="C1" t="s"><v>1000000</v></c></row>
            """)
        let package = MinimalPackage.bytes(replacing: [.sharedStrings: Array(sst.utf8), .sheet: Array(sheet.utf8)])
        var thrown: Error?
        let footprint = Footprint.measure { thrown = Reading.error { _ = try Reading.cells(package) } }
        XCTAssertEqual(thrown as? XLSXError, .sharedStringMissing(file: "test.xlsx", sheet: "Data", cell: "C1", index: 1_000_000),
                       "one past the table is a typed error")
        XCTAssertLessThan(footprint.seconds, 60)

        let inRange = MinimalPackage.bytes(replacing: [.sharedStrings: Array(sst.utf8), .sheet: Array(MinimalPackage.sheet(rows: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>999999</v></c></row>
            """).utf8)])
        XCTAssertEqual(try Reading.cells(inRange), ["A1": .text("s0"), "B1": .text("s999999")])
    }

    /// One far cell must not make the reader or the table allocate the grid.
    func testCellAtTheLastGridPositionInASmallSheet() throws {
        let sheet = MinimalPackage.sheet(rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>\
            <row r="2"><c r="A2"><v>1</v></c></row>\
            <row r="1048576"><c r="XFD1048576"><v>7</v></c></row>
            """, before: "<dimension ref=\"A1:XFD1048576\"/>")
        let package = MinimalPackage.bytes(sheet: sheet)
        var table: Table?
        let footprint = try Footprint.measure {
            XCTAssertEqual(try Reading.cells(package), ["A1": .text("x"), "A2": .number(1), "XFD1048576": .number(7)])
            let workbook = try Workbook(data: Data(package))
            var cursor = try workbook.cells(of: workbook.sheets[0])
            XCTAssertEqual(cursor.reservationHint, 1 << 16, "the dimension is only a capped hint")
            _ = try cursor.next()
            table = try Table.read(workbook, sheet: workbook.sheets[0])
        }
        XCTAssertEqual(table?.rowNumbers, [2, 1_048_576])
        XCTAssertEqual(table?.columns.last?.letter, "XFD")
        XCTAssertLessThan(footprint.seconds, 30)
        XCTAssertLessThan(footprint.peakGrowthBytes, 256 << 20)
    }

    func testReferencesBeyondTheGridAreTypedErrors() throws {
        for (row, reference) in [("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>", "XFE1"),
                                 ("<row r=\"1048577\"><c><v>1</v></c></row>", "row 1048577"),
                                 ("<row r=\"1\"><c r=\"A99999999999999999999999\"><v>1</v></c></row>", "A99999999999999999999999")] {
            let thrown = Reading.error { _ = try Reading.cells(MinimalPackage.bytes(sheet: MinimalPackage.sheet(rows: row))) }
            XCTAssertEqual(thrown as? XLSXError, .absurdDimension(file: "test.xlsx", sheet: "Data", reference: reference))
        }
    }

    /// 200,000 nested elements inside a cell: iterative scanning, no recursion to overflow the stack.
    func testDeeplyNestedXML() throws {
        let depth = 200_000
        let nested = String(repeating: "<x>", count: depth) + "deep" + String(repeating: "</x>", count: depth)
        let sheet = MinimalPackage.sheet(rows: """
            <row r="1"><c r="A1">\(nested)<v>3</v></c><c r="B1" t="inlineStr"><is><t>ok</t>\(nested)</is></c></row>
            """)
        var cells: [String: CellValue] = [:]
        let footprint = try Footprint.measure { cells = try Reading.cells(MinimalPackage.bytes(sheet: sheet)) }
        XCTAssertEqual(cells, ["A1": .number(3), "B1": .text("ok")], "unknown elements are skipped whole")
        XCTAssertLessThan(footprint.seconds, 60)

        let unclosed = MinimalPackage.sheet(rows: "<row r=\"1\"><c r=\"A1\">" + String(repeating: "<x>", count: depth) + "</c></row>")
        let thrown = Reading.error { _ = try Reading.cells(MinimalPackage.bytes(sheet: unclosed)) }
        guard case .malformedXML(_, _, _, let detail) = thrown as? XLSXError else {
            return XCTFail("expected malformedXML, got \(String(describing: thrown))")
        }
        XCTAssertEqual(detail, "end tag does not match the open element")
    }

    /// Excel's longest cell text, in three-byte UTF-8 characters, inline and shared.
    func testLongestCellText() throws {
        let text = String(repeating: "分", count: 32_767)
        let sst = "<sst xmlns=\"\(ns)\"><si><t>\(text)</t></si></sst>"
        let sheet = MinimalPackage.sheet(rows: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>\(text)</t></is></c></row>
            """)
        let cells = try Reading.cells(MinimalPackage.bytes(replacing: [.sharedStrings: Array(sst.utf8), .sheet: Array(sheet.utf8)]))
        XCTAssertEqual(cells["A1"], .text(text))
        XCTAssertEqual(cells["B1"], .text(text))
    }

    /// A text run longer than the token limit is a typed error naming the part, not unbounded buffering.
    func testTextBeyondTheTokenLimitIsRefused() throws {
        let limits = ReadLimits(maxTokenBytes: 1 << 20)
        let text = String(repeating: "a", count: 3 << 20)
        let sheet = MinimalPackage.sheet(rows: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\(text)</t></is></c></row>")
        let thrown = Reading.error { _ = try Reading.cells(MinimalPackage.bytes(sheet: sheet), limits: limits) }
        guard case .malformedXML(_, "xl/worksheets/sheet1.xml", _, let detail) = thrown as? XLSXError else {
            return XCTFail("expected malformedXML, got \(String(describing: thrown))")
        }
        XCTAssertTrue(detail.contains("token longer"), detail)
    }

    /// Invalid UTF-8 is repaired with U+FFFD (as Excel shows such files after repair), never trapped on.
    func testInvalidUTF8BecomesReplacementCharacters() throws {
        let bad: [UInt8] = [0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80]
        func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
        let sheet = utf8("<worksheet xmlns=\"\(ns)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a")
            + bad + utf8("b</t></is></c><c r=\"B1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>")
        let sst = utf8("<sst xmlns=\"\(ns)\"><si><t>") + bad + utf8("</t></si></sst>")
        let workbook = utf8("<workbook xmlns=\"\(ns)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"D") + bad + utf8("\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
        let package = MinimalPackage.bytes(replacing: [.sheet: sheet, .sharedStrings: sst, .workbook: workbook])
        let cells = try Reading.cells(package)
        guard case .text(let inline) = cells["A1"], case .text(let shared) = cells["B1"] else {
            return XCTFail("expected two text cells, got \(cells)")
        }
        XCTAssertTrue(inline.hasPrefix("a\u{FFFD}") && inline.hasSuffix("\u{FFFD}b"), inline)
        XCTAssertTrue(shared.unicodeScalars.allSatisfy { $0 == "\u{FFFD}" }, shared)
        let name = try Workbook(data: Data(package)).sheets[0].name
        XCTAssertTrue(name.hasPrefix("D\u{FFFD}"), name)
    }
}
