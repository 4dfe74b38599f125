import CSVReader
import Foundation
import XCTest
import Procedures
@testable import bunseki
import TestSupport

/// The shared input options read CSV/TSV files into tables, and CSV errors become one sentence.
final class CSVInputTests: XCTestCase {
    /// The LibreOffice Shift_JIS export committed with the CSVReader tests.
    private let libreOfficeCSV = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CSVReaderTests/Fixtures/libreoffice-sjis.csv").path

    private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testInspectReportsEncodingDelimiterAndColumns() throws {
        let loaded = try InputOptions.parse([libreOfficeCSV]).loadTable()
        let report = InspectReport(file: libreOfficeCSV, loaded: loaded, mergedRanges: [])
        XCTAssertEqual(report.csv?.encoding, "shift_jis")
        XCTAssertEqual(report.csv?.delimiter, "comma")
        XCTAssertEqual(report.sheet, "libreoffice-sjis.csv")
        XCTAssertEqual(report.columns.map(\.name), ["名前", "所属", "値", "備考"])
        XCTAssertEqual(report.columns.map(\.type), ["text", "text", "number", "text"])
        let text = InspectText(report: report, language: .ja).render()
        XCTAssertTrue(text.contains("文字コード: shift_jis、区切り文字: カンマ"), text)
        XCTAssertTrue(text.contains("データ 3 行"), text)
    }

    func testTSVDefaultsToTabAndOptionsOverride() throws {
        let tsv = try temporaryFile("data.tsv", Array("a;b\tc\n1;2\t3\n".utf8))
        let byExtension = try InputOptions.parse([tsv]).loadTable().table
        XCTAssertEqual(byExtension.columns.map(\.name), ["a;b", "c"])
        let forced = try InputOptions.parse([tsv, "--delimiter", "semicolon"]).loadTable().table
        XCTAssertEqual(forced.columns.map(\.name), ["a", "b\tc"])
        XCTAssertThrowsError(try InputOptions.parse([tsv, "--delimiter", "pipe"]))
    }

    func testForcedEncodingThatDoesNotFitIsOneSentenceWithLineAndByte() throws {
        let options = try InputOptions.parse([libreOfficeCSV, "--encoding", "utf-8"])
        XCTAssertThrowsError(try options.loadTable()) { error in
            XCTAssertEqual(ErrorMessages.exitCode(for: error), 1)
            XCTAssertEqual(ErrorMessages.sentence(for: error, language: .en),
                           "'libreoffice-sjis.csv' is not valid utf-8: line 1, byte 0 (0x96); check --encoding.")
        }
    }

    func testUnterminatedQuoteNamesLineAndColumn() throws {
        let path = try temporaryFile("broken.csv", Array("a,b\n1,2\n3,\"open\n".utf8))
        XCTAssertThrowsError(try InputOptions.parse([path]).loadTable()) { error in
            XCTAssertEqual(ErrorMessages.sentence(for: error, language: .ja),
                           "「broken.csv」の 3 行目 2 列目で始まる引用符 (\") が閉じられていません。")
        }
    }
}

/// The built binary on a Shift_JIS CSV, as a user runs it.
final class CSVInspectCommandTests: XCTestCase {
    func testInspectJSONOfShiftJISCSV() throws {
        let result = try CommandRunner.run(["inspect", "Tests/CSVReaderTests/Fixtures/libreoffice-sjis.csv", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let csv = try XCTUnwrap(object["csv"] as? [String: Any])
        XCTAssertEqual(csv["encoding"] as? String, "shift_jis")
        XCTAssertEqual(csv["delimiter"] as? String, "comma")
        XCTAssertEqual(csv["byteOrderMark"] as? Bool, false)
        XCTAssertEqual(object["dataRows"] as? Int, 3)
        let columns = try XCTUnwrap(object["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, ["名前", "所属", "値", "備考"])
    }

    func testBrokenEncodingExitsWithOneSentence() throws {
        let result = try CommandRunner.run(["inspect", "Tests/CSVReaderTests/Fixtures/libreoffice-sjis.csv",
                                            "--encoding", "utf-16be", "--lang", "en"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.isEmpty)
        XCTAssertTrue(result.stderr.contains("'libreoffice-sjis.csv' is not valid utf-16be: line 1, byte "), result.stderr)
    }
}
