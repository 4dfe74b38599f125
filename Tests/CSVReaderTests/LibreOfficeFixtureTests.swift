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
}
