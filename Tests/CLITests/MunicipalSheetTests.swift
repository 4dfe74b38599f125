import Foundation
import XCTest
import XLSXReader
import TestSupport

/// The commands on a sheet laid out for people (Tests/TabularTests/Fixtures/Municipal and the sample
/// Workbooks/overtime-by-section.xlsx): titles, totals and notes never counted, `tidy` writing both formats.
final class MunicipalSheetTests: XCTestCase {
    private let sample = "Workbooks/overtime-by-section.xlsx"
    private let fixtures = "Tests/TabularTests/Fixtures/Municipal/"

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandRunner.run(arguments + ["--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    func testDescribeCountsTheStaffRowsOnlyWithoutAnyOption() throws {
        let object = try json(["describe", sample, "--columns", "5月"])
        let statistics = try XCTUnwrap((object["columns"] as? [[String: Any]])?.first?["statistics"] as? [String: Any])
        XCTAssertEqual(statistics["count"] as? Int, 24)
        XCTAssertEqual(try XCTUnwrap(statistics["mean"] as? Double), 23.8, accuracy: 1e-12)
        let layout = try XCTUnwrap(object["sheetLayout"] as? [String: Any])
        let reasons = (layout["leftOutRows"] as? [[String: Any]])?.compactMap { "\($0["first"]!):\($0["reason"]!)" }
        XCTAssertEqual(reasons, ["1:aboveHeader", "2:aboveHeader", "29:total", "30:total", "32:note", "33:note"])
    }

    func testTheTextSaysWhichRowsWereNotCountedAndHowToCountThem() throws {
        let ja = try CommandRunner.run(["describe", sample, "--columns", "5月", "--json", "--lang", "ja"])
        XCTAssertEqual(ja.status, 0)
        let text = try CommandRunner.run(["describe", sample, "--columns", "5月", "--lang", "ja", "-o",
                                          try temporaryFolder().appendingPathComponent("d.xlsx").path])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("データに含めなかった行: 29 「合計」（合計・小計などの行）、30 「平均」（合計・小計などの行）"), text.stdout)
        XCTAssertTrue(text.stdout.contains("--no-detect-layout"), text.stdout)
        let all = try json(["describe", sample, "--columns", "5月", "--header-row", "4", "--no-detect-layout"])
        let statistics = try XCTUnwrap((all["columns"] as? [[String: Any]])?.first?["statistics"] as? [String: Any])
        XCTAssertEqual(statistics["count"] as? Int, 26)
    }

    func testInspectShowsTheTableItsHeaderRowsAndTheRowsLeftOut() throws {
        let run = try CommandRunner.run(["inspect", fixtures + "two_row_header.xlsx", "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Table: A3:G17 (header rows 3–4)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("  17 \"計\" (total or summary row)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("B 来庁者数_午前"), run.stdout)
        let beside = try CommandRunner.run(["inspect", fixtures + "two_tables.xlsx", "--sheet", "横", "--lang", "ja"])
        XCTAssertTrue(beside.stdout.contains("このシートには別の表 (F2:H7) もあります。読むには --range F2:H7 を指定してください。"), beside.stdout)
        let other = try json(["inspect", fixtures + "two_tables.xlsx", "--sheet", "横", "--range", "F2:H7"])
        XCTAssertEqual((other["columns"] as? [[String: Any]])?.compactMap { $0["name"] as? String }, ["地区", "前年人口", "増減"])
    }

    func testBadRangesAreOneSentence() throws {
        let malformed = try CommandRunner.run(["inspect", sample, "--range", "A4-F40", "--lang", "ja"])
        XCTAssertEqual(malformed.status, 1)
        XCTAssertEqual(malformed.stderr, "--range「A4-F40」は範囲として読めません。A4:F40 のように左上と右下のセルをコロンでつないでください。\n")
        let outside = try CommandRunner.run(["inspect", sample, "--range", "Z100:Z200", "--lang", "en"])
        XCTAssertEqual(outside.status, 1)
        XCTAssertEqual(outside.stderr, "overtime-by-section.xlsx, sheet 残業時間: the range Z100:Z200 holds no value (the sheet's values lie in A1:O33).\n")
        let merged = try CommandRunner.run(["inspect", fixtures + "two_row_header.xlsx", "--header-row", "3", "--lang", "ja"])
        XCTAssertEqual(merged.status, 1)
        XCTAssertTrue(merged.stderr.hasPrefix("two_row_header.xlsx、シート 来庁者: 見出し行 3 は、下のデータ行まで続く結合セル A3:A4 の中にあります。"), merged.stderr)
        XCTAssertFalse(merged.stderr.contains("Fatal"))
    }

    func testTidyWritesACSVWithABOMAndISODates() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("tidy.csv")
        let run = try CommandRunner.run(["tidy", fixtures + "conventions.xlsx", "-o", out.path, "--lang", "ja"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let bytes = try Data(contentsOf: out)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "地区,増減,率,人数,受付日,課名,氏名")
        XCTAssertEqual(lines[1], "中央,-1234,0.855,,2024-04-01,総務課,山田 太郎")
        XCTAssertEqual(lines.count, 1 + 14 + 1)
        // Nothing the participant owns changes; a second run needs --force.
        let again = try CommandRunner.run(["tidy", fixtures + "conventions.xlsx", "-o", out.path, "--lang", "en"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains(out.lastPathComponent), again.stderr)
    }

    func testTidyWorkbookHoldsTheDataTheChangesAndTheChecklist() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("tidy.xlsx")
        let original = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent(sample))
        let run = try CommandRunner.run(["tidy", sample, "-o", out.path, "--lang", "ja"])
        XCTAssertEqual(try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent(sample)), original)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("整形した表: 24 行 × 15 列"), run.stdout)
        XCTAssertTrue(run.stdout.contains("× 数式を残さない（値で公開する）（50 件: O5:O30, C29:N30）"), run.stdout)
        let workbook = try Workbook(path: out.path)
        XCTAssertEqual(workbook.sheets.map(\.name), ["データ", "変更点", "チェック"])
        let data = try cells(workbook, "データ")
        XCTAssertEqual(data["A1"], .text("所属"))
        XCTAssertEqual(data["D1"], .text("5月"))
        XCTAssertNil(data["A26"])
        let may = (2...25).compactMap { data["D\($0)"]?.numericValue }
        XCTAssertEqual(may.count, 24)
        XCTAssertEqual(may.reduce(0, +) / 24, 23.8, accuracy: 1e-12)
        let changes = try cells(workbook, "変更点")
        XCTAssertTrue(changes.values.contains(.text("行 29")), "\(changes)")
        XCTAssertTrue(changes.values.contains(.text("合計")))
        let checklist = try cells(workbook, "チェック")
        XCTAssertTrue(checklist.values.contains(.text("A1:O1")), "\(checklist)")
        XCTAssertTrue(checklist.values.contains(.text("和暦には西暦を併記する")))
    }

    func testTidyLongTurnsMonthsIntoRows() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("long.csv")
        let run = try CommandRunner.run(["tidy", sample, "--long", "-o", out.path, "--lang", "ja"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = String(decoding: try Data(contentsOf: out).dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(lines[0], "所属,氏名,項目,値")
        XCTAssertEqual(lines.count, 1 + 24 * 12 + 1)
        XCTAssertFalse(lines.contains { $0.contains(",年計,") })
        XCTAssertTrue(lines[2].hasPrefix("総務課,山田 太郎,5月,"), lines[2])
    }

    private func cells(_ workbook: Workbook, _ sheet: String) throws -> [String: CellValue] {
        var cursor = try workbook.cells(of: try workbook.sheet(named: sheet))
        var cells: [String: CellValue] = [:]
        while let cell = try cursor.next() { cells[cell.address.a1] = cell.value }
        return cells
    }
}
