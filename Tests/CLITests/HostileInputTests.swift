import Foundation
import XCTest
import TestSupport

/// What a participant's awkward file does to the commands: each case once stopped, hung or spoke the
/// wrong language.
final class HostileInputTests: XCTestCase {
    /// A CSV of `groups` categories (an ID-like column), three rows each.
    private func manyCategories(_ groups: Int) throws -> URL {
        let file = try temporaryFolder().appendingPathComponent("categories.csv")
        let rows = (0..<(3 * groups)).map { "C\($0 % groups),\(Double($0 * 7 % 11) + 0.5)" }
        try (["区分,値"] + rows).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func testAnovaOverManyGroupsLeavesOutPairwiseComparisons() throws {
        let run = try CommandRunner.run(["anova", try manyCategories(25).path, "--value", "値", "--group", "区分", "--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let groups = try XCTUnwrap((object["result"] as? [String: Any])?["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.count, 25)
        XCTAssertNil(object["tukeyKramer"], "300 pairwise comparisons should not be computed")
    }

    func testTooFewRowsIsSaidInTheChosenLanguage() throws {
        let file = try temporaryFolder().appendingPathComponent("one row.csv")
        try "年齢,件数\n30,120\n".write(to: file, atomically: true, encoding: .utf8)
        let ja = try CommandRunner.run(["regress", file.path, "--y", "年齢", "--x", "件数", "--lang", "ja"])
        XCTAssertEqual(ja.status, 1)
        XCTAssertEqual(ja.stderr, "係数 2 個の回帰分析には少なくとも 3 件の完全なデータが必要ですが、1 件しかありません。\n")
        let en = try CommandRunner.run(["ttest", file.path, "--a", "年齢", "--b", "件数", "--lang", "en"])
        XCTAssertEqual(en.status, 1)
        XCTAssertEqual(en.stderr, "Too few complete observations for the two-sample t-test of '年齢': it needs at least 2, there are 1.\n")
    }

    func testAnIDColumnAsPredictorIsRefusedQuicklyWithTheColumnNamed() throws {
        let file = try manyCategories(200)
        let run = try CommandRunner.run(["regress", file.path, "--y", "値", "--x", "区分", "--lang", "ja"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr, "列「区分」には区分が 200 個あり、説明変数にできる上限 50 個を超えています。ID や氏名の列を選んでいないか確認してください。\n")
    }

    func testGroupsOfATextColumnStopsInsteadOfPrintingAnEmptyTable() throws {
        let run = try CommandRunner.run(["groups", "Workbooks/staff.xlsx", "--value", "所属", "--by", "研修受講", "--json", "--lang", "ja"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stdout, "")
        // One sentence naming the column as text and the tools that take it as it is.
        XCTAssertTrue(run.stderr.hasPrefix("staff.xlsx、シート 職員データ: 列「所属」は文字列の列で ("), run.stderr)
        XCTAssertTrue(run.stderr.contains("crosstab"), run.stderr)
        XCTAssertEqual(run.stderr.filter { $0 == "\n" }.count, 1, run.stderr)
    }

    func testAHeaderOnlySheetIsToldWithoutAPlaceholderColumn() throws {
        let file = try temporaryFolder().appendingPathComponent("header.csv")
        try "年齢,件数\n".write(to: file, atomically: true, encoding: .utf8)
        let report = try CommandRunner.run(["report", file.path, "--lang", "ja"])
        XCTAssertEqual(report.status, 1)
        XCTAssertEqual(report.stderr, "header.csv、シート header.csv: 見出しの下に数値や文字列の入った列がありません。\n")
        let describe = try CommandRunner.run(["describe", file.path, "--lang", "en"])
        XCTAssertEqual(describe.status, 1)
        XCTAssertEqual(describe.stderr, "header.csv, sheet header.csv: no column holds numbers; name columns with --columns or check the header row with --header-row.\n")
    }

    func testConfidenceTypedAsAFractionIsRefused() throws {
        let regress = try CommandRunner.run(["regress", "Workbooks/staff.xlsx", "--y", "処理件数", "--x", "年齢",
                                             "--confidence", "0.95", "--json", "--lang", "ja"])
        XCTAssertEqual(regress.status, 1)
        XCTAssertEqual(regress.stderr, "--confidence 0.95 は使えません。信頼度は 95 のようにパーセントで (1 より大きく 100 より小さい数) 指定してください。\n")
        let describe = try CommandRunner.run(["describe", "Workbooks/staff.xlsx", "--columns", "年齢", "--confidence", "120",
                                              "--json", "--lang", "en"])
        XCTAssertEqual(describe.status, 64)
        XCTAssertEqual(describe.stderr, "--confidence 120 cannot be used; give the confidence level in percent, such as 95 (above 1, below 100).\n")
    }

    func testSettingsOutOfRangeAreToldByTheirOptionInJapanese() throws {
        let staff = "Workbooks/staff.xlsx"
        let cases: [([String], String)] = [
            (["smooth", staff, "--column", "処理件数", "--exponential", "1.5"],
             "--exponential 1.5 は使えません。0 より大きく 1 より小さい数 (0.05 など)を指定してください。\n"),
            (["smooth", staff, "--column", "処理件数", "--moving-average", "1"], "--moving-average 1 は使えません。2 以上の整数を指定してください。\n"),
            (["ttest", staff, "--a", "年齢", "--b", "処理件数", "--alpha", "5"],
             "--alpha 5 は使えません。0 より大きく 1 より小さい数 (0.05 など)を指定してください。\n"),
            (["sample", staff, "--column", "年齢", "--periodic", "0"], "--periodic 0 は使えません。1 以上の整数を指定してください。\n"),
        ]
        for (arguments, expected) in cases {
            let run = try CommandRunner.run(arguments + ["--json", "--lang", "ja"])
            XCTAssertEqual(run.status, 64, "\(arguments)")
            XCTAssertEqual(run.stderr, expected)
        }
    }
}
