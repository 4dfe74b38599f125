import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki describe` as a participant runs it: problems stop it with one sentence, results land in a
/// new workbook next to nothing they own.
final class DescribeCommandTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"


    func testNumberLikeTextStopsWithTheCellNamed() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("r.xlsx").path
        let ja = try CommandRunner.run(["describe", staff, "--columns", "月間残業時間", "-o", out, "--lang", "ja"])
        XCTAssertEqual(ja.status, 1)
        XCTAssertEqual(ja.stderr, "staff.xlsx、シート 職員データ、C30: 「１２」は数値ではなく文字列です (このようなセルは 2 個)。"
                       + "セルを数値に直すか、--coerce-numbers を付けて数値に変換してください。\n")
        let en = try CommandRunner.run(["describe", staff, "--columns", "C", "-o", out, "--lang", "en"])
        XCTAssertEqual(en.status, 1)
        XCTAssertTrue(en.stderr.hasPrefix("staff.xlsx, sheet 職員データ, C30: \"１２\" is text, not a number"), en.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    func testJSONFiguresAgreeWithAPlainRecomputationFromTheSheet() throws {
        let result = try CommandRunner.run(["describe", staff, "--columns", "年齢,処理件数", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let columns = try XCTUnwrap(object["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["column"] as? String }, ["年齢", "処理件数"])

        // Independent check: the ages straight from the cells, summed naively.
        let workbook = try Workbook(path: CommandRunner.packageRoot.appendingPathComponent(staff).path)
        var cursor = try workbook.cells(of: try XCTUnwrap(workbook.firstVisibleWorksheet))
        var ages: [Double] = []
        while let cell = try cursor.next() {
            if cell.address.columnNumber == 2, cell.address.rowNumber > 1, case .number(let value) = cell.value { ages.append(value) }
        }
        let statistics = try XCTUnwrap(columns[0]["statistics"] as? [String: Any])
        XCTAssertEqual(statistics["count"] as? Int, ages.count)
        let mean = try XCTUnwrap(statistics["mean"] as? Double)
        XCTAssertEqual(mean, ages.reduce(0, +) / Double(ages.count), accuracy: 1e-12 * mean)
        XCTAssertEqual(statistics["maximum"] as? Double, ages.max())
    }

    func testExistingResultIsKeptWithoutForceAndReplacedWithIt() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("結果.xlsx")
        try Data("mine".utf8).write(to: out)
        let refused = try CommandRunner.run(["describe", staff, "--columns", "年齢", "-o", out.path, "--lang", "en"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("already exists; add --force"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: out), Data("mine".utf8))

        let forced = try CommandRunner.run(["describe", staff, "--columns", "年齢", "-o", out.path, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.contains("Result workbook: \(out.path)"), forced.stdout)
        let sheets = try Workbook(path: out.path).sheets.map(\.name)
        XCTAssertEqual(sheets.first, "Data")
    }

    func testOutputEqualToTheInputIsRefused() throws {
        let folder = try temporaryFolder()
        let copy = folder.appendingPathComponent("staff.xlsx")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent(staff), to: copy)
        let before = try Data(contentsOf: copy)
        let result = try CommandRunner.run(["describe", copy.path, "--columns", "年齢", "-o", copy.path, "--force"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(try Data(contentsOf: copy), before)
    }
}

/// `describe` prints its reading after the table, as every other tool does (issue #15, item 7).
final class DescribeReadingCommandTests: XCTestCase {
    func testTheTerminalTextEndsWithTheReading() throws {
        let out = try temporaryFolder().appendingPathComponent("d.xlsx").path
        let run = try CommandRunner.run(["describe", "Workbooks/staff.xlsx", "--columns", "年齢", "-o", out, "--lang", "ja"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("\n結果の読み方\n\n年齢: 値は 119 個で、平均 40.82、中央値 40.0 です。"), run.stdout)
        XCTAssertTrue(run.stdout.contains("外れ値の目安 (四分位範囲の 1.5 倍ルール: "), run.stdout)
        XCTAssertEqual(try Workbook(path: out).sheets.map(\.name).last, "解釈")
    }

    /// A date column reads as dates: its center, quartiles, range and fences, with spreads in days.
    func testADateColumnIsReadInDates() throws {
        let out = try temporaryFolder().appendingPathComponent("d.xlsx").path
        let run = try CommandRunner.run(["describe", "Workbooks/staff.xlsx", "--columns", "入庁日", "-o", out, "--lang", "ja"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("すべての値は最小 1988-04-01 から最大 2024-04-01 の間にあります。"), run.stdout)
        XCTAssertNotNil(run.stdout.firstMatch(of: /入庁日: 値は 120 個で、平均 \d{4}-\d{2}-\d{2}、中央値 \d{4}-\d{2}-\d{2} です。/), run.stdout)
        XCTAssertNotNil(run.stdout.firstMatch(of: /\(四分位範囲 [\d,]+ 日\)/), run.stdout)
    }
}
