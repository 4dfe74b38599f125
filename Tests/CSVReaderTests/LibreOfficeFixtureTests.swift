import XCTest
import CSVReader

/// A Shift_JIS CSV written by LibreOffice headless (scripts/make-csv-fixtures.py) read end to end.
final class LibreOfficeFixtureTests: XCTestCase {
    func testReadsLibreOfficeShiftJISExport() throws {
        let file = try CSVFile(bytes: try fixtureBytes("libreoffice-sjis.csv"), name: "libreoffice-sjis.csv")
        XCTAssertEqual(file.encoding, .shiftJIS)
        XCTAssertEqual(file.delimiter, .comma)
        XCTAssertFalse(file.hadByteOrderMark)
        var cursor = file.records()
        let rows = try cursor.readAll()
        XCTAssertEqual(rows.map(\.texts), [
            ["名前", "所属", "値", "備考"],
            ["①髙﨑", "㈱総務課", "1.5", "カンマ,入り"],
            ["Ⅱ号棟", "ﾃｽﾄ", "-3", "引用符\"あり"],
            ["№ ℡", "～", "12", "改行\n入り"],
        ])
        XCTAssertEqual(rows.map(\.line), [1, 2, 3, 4])
    }

    func testReadsFromPathAndReportsMissingFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bunseki-csv-\(UUID()).csv").path
        try Data(try fixtureBytes("libreoffice-sjis.csv")).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try CSVFile(path: path)
        XCTAssertEqual(file.name, (path as NSString).lastPathComponent)
        XCTAssertEqual(file.encoding, .shiftJIS)
        XCTAssertThrowsError(try CSVFile(path: path + ".missing")) { error in
            guard case .unreadableFile(let missing, _)? = error as? CSVError else { return XCTFail("\(error)") }
            XCTAssertEqual(missing, path + ".missing")
        }
    }
}
