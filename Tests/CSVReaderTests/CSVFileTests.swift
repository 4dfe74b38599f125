import Foundation
import XCTest
import CSVReader
import TestSupport

/// `CSVFile` end to end: bytes or a path in, encoding and delimiter settled, records out.
final class CSVFileTests: XCTestCase {
    /// Excel's "Unicode text" export: UTF-16 LE with a byte order mark, tab-separated, CRLF.
    func testExcelUnicodeTextExport() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "名前\t値\r\n髙橋\t1.5\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let file = try CSVFile(bytes: bytes, name: "unicode.txt")
        XCTAssertEqual(file.encoding, .utf16LittleEndian)
        XCTAssertTrue(file.hadByteOrderMark)
        XCTAssertEqual(file.delimiter, .tab)
        var cursor = file.records()
        XCTAssertEqual(try cursor.readAll().map(\.texts), [["名前", "値"], ["髙橋", "1.5"]])
    }

    func testExcelUTF8CSVWithBOM() throws {
        let file = try CSVFile(bytes: [0xEF, 0xBB, 0xBF] + Array("所属;人数\r\n総務課;12\r\n".utf8), name: "bom.csv")
        XCTAssertEqual(file.encoding, .utf8)
        XCTAssertTrue(file.hadByteOrderMark)
        XCTAssertEqual(file.delimiter, .semicolon)
        var cursor = file.records()
        XCTAssertEqual(try cursor.readAll().first?.texts, ["所属", "人数"])
    }

    func testEachCursorStartsFromTheFirstRecord() throws {
        let file = try CSVFile(bytes: Array("a\nb\n".utf8), name: "twice.csv")
        var first = file.records()
        _ = try first.next()
        var second = file.records()
        XCTAssertEqual(try second.next()?.texts, ["a"])
        XCTAssertEqual(try first.next()?.texts, ["b"])
    }

    func testReadsFromPathAndReportsMissingFile() throws {
        let path = try temporaryFolder("bunseki-csv").appendingPathComponent("survey.csv").path
        try Data(try fixtureBytes("libreoffice-sjis.csv")).write(to: URL(fileURLWithPath: path))
        let file = try CSVFile(path: path)
        XCTAssertEqual(file.name, (path as NSString).lastPathComponent)
        XCTAssertEqual(file.encoding, .shiftJIS)
        XCTAssertThrowsError(try CSVFile(path: path + ".missing")) { error in
            guard case .unreadableFile(let missing, _)? = error as? CSVError else { return XCTFail("\(error)") }
            XCTAssertEqual(missing, path + ".missing")
        }
    }
}
