import Foundation
import XCTest
import TestSupport

final class InspectCommandTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    func testJapaneseTextNamesTheProblemCells() throws {
        let result = try CommandRunner.run(["inspect", staff, "--lang", "ja"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("シート「職員データ」: 見出し行 1、データ 120 行"), result.stdout)
        XCTAssertTrue(result.stdout.contains("C30 (月間残業時間): 「１２」は数値のような文字列です (全角数字)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("C58 (月間残業時間): 「12時間」"), result.stdout)
        XCTAssertTrue(result.stdout.contains("B 年齢 — 数値、値 119、空欄 1"), result.stdout)
    }

    func testLanguageComesFromLANGUnlessGiven() throws {
        let japanese = try CommandRunner.run(["inspect", staff], environment: ["LANG": "ja_JP.UTF-8"])
        XCTAssertTrue(japanese.stdout.hasPrefix("ファイル:"), japanese.stdout)
        let english = try CommandRunner.run(["inspect", staff], environment: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(english.stdout.hasPrefix("File:"), english.stdout)
        let forced = try CommandRunner.run(["inspect", staff, "--lang", "en"], environment: ["LANG": "ja_JP.UTF-8"])
        XCTAssertTrue(forced.stdout.hasPrefix("File:"), forced.stdout)
    }

    func testJSONOutput() throws {
        let result = try CommandRunner.run(["inspect", staff, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["sheet"] as? String, "職員データ")
        XCTAssertEqual(object["dataRows"] as? Int, 120)
        XCTAssertEqual(object["headerRow"] as? Int, 1)
        XCTAssertEqual(object["dateSystem"] as? String, "1900")
        let columns = try XCTUnwrap(object["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["name"] as? String }, ["所属", "年齢", "月間残業時間", "処理件数", "研修受講", "入庁日"])
        XCTAssertEqual(columns.map { $0["type"] as? String }, ["text", "number", "number", "number", "text", "date"])
        let issues = try XCTUnwrap(columns[2]["issues"] as? [[String: Any]])
        XCTAssertEqual(issues.map { $0["cell"] as? String }, ["C30", "C58"])
        XCTAssertEqual(issues.map { $0["problem"] as? String }, ["numberLikeText", "numberLikeText"])
        XCTAssertEqual(issues.last?["unit"] as? String, "時間")
        XCTAssertEqual(columns[1]["empty"] as? Int, 1)
    }

    func testCoercionListsConvertedCells() throws {
        let result = try CommandRunner.run(["inspect", staff, "--json", "--coerce-numbers"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let coerced = try XCTUnwrap(object["coercedCells"] as? [[String: Any]])
        XCTAssertEqual(coerced.map { $0["cell"] as? String }, ["C30", "C58"])
        XCTAssertEqual(coerced.map { $0["value"] as? Double }, [12, 12])
    }

    func testSheetByNumberAndHeaderRow() throws {
        let result = try CommandRunner.run(["inspect", staff, "--sheet", "1", "--header-row", "2", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["headerRow"] as? Int, 2)
        XCTAssertEqual(object["dataRows"] as? Int, 119)
    }

    func testMostFrequentValuesRankByCountThenFirstAppearance() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("counters.csv")
        try "窓口\nb\na\nb\na\nc\nd\ne\nf\nf\nf\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["inspect", file.path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let column = try XCTUnwrap((object["columns"] as? [[String: Any]])?.first)
        let top = try XCTUnwrap(column["topValues"] as? [[String: Any]])
        XCTAssertEqual(top.map { $0["value"] as? String }, ["f", "b", "a", "c", "d"])
        XCTAssertEqual(top.map { $0["count"] as? Int }, [3, 2, 2, 1, 1])
    }

    /// Empty columns are summarised in runs, in text and JSON: a far cell in XFD gives one line, not 16,381.
    func testEmptyColumnsAreSummarisedAsRuns() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("far.csv")
        var lines = ["番号,,,値"] + (1...20).map { "\($0),,,\($0 * 2)" }
        lines.append("21,,,42" + String(repeating: ",", count: 16_384 - 4) + "7")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let text = try CommandRunner.run(["inspect", file.path, "--no-detect-layout", "--lang", "ja"])
        XCTAssertEqual(text.status, 0, text.stderr)
        let columnLines = text.stdout.components(separatedBy: "\n").drop { $0 != "列:" }.dropFirst()
        XCTAssertEqual(Array(columnLines.prefix(5)), [
            "  A 番号 — 数値（識別子: 値がすべて異なる。report では集計しません）、値 21、空欄 0、範囲 1 〜 21",
            "  列 B〜C: 空 (2 列)",
            "  D 値 — 数値、値 21、空欄 0、範囲 2 〜 42",
            "  列 E〜XFC: 空 (16,379 列)",
            "  XFD XFD — 数値、値 1、空欄 20、範囲 7 〜 7",
        ])
        let english = try CommandRunner.run(["inspect", file.path, "--no-detect-layout", "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("  Columns E to XFC: empty (16,379 columns)\n"), english.stdout)

        let json = try CommandRunner.run(["inspect", file.path, "--no-detect-layout", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["columns"] as? [[String: Any]])?.map { $0["letter"] as? String }, ["A", "D", "XFD"])
        let runs = try XCTUnwrap(object["emptyColumns"] as? [[String: Any]])
        XCTAssertEqual(runs.map { $0["first"] as? String }, ["B", "E"])
        XCTAssertEqual(runs.map { $0["last"] as? String }, ["C", "XFC"])
        XCTAssertEqual(runs.map { $0["count"] as? Int }, [2, 16_379])
    }
}
