import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `ttest`/`ftest FILE --value V --group G [--levels A,B]`: the question as participants ask it of a long table
/// (月間残業時間 by 研修受講), the two groups named wherever the columns were, and one sentence when the groups do not fit.
final class GroupedTwoSampleCommandTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let out = try temporaryFolder().appendingPathComponent("out.xlsx")
        let run = try CommandRunner.run(arguments + ["--json", "-o", out.path, "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// Reference values: SciPy 1.17 `ttest_ind` and the F distribution on 処理件数 and 年齢 of staff.xlsx split by
    /// 研修受講 and 所属 (exported with `bunseki export`, computed with python3).
    func testGroupedTestsMatchSciPy() throws {
        let pooled = try json(["ttest", staff, "--value", "処理件数", "--group", "研修受講", "--levels", "はい,いいえ", "--equal-variances"])
        XCTAssertEqual(pooled["columns"] as? [String], ["はい", "いいえ"])
        let grouping = try XCTUnwrap(pooled["grouping"] as? [String: Any])
        XCTAssertEqual(grouping["value"] as? String, "処理件数")
        XCTAssertEqual(grouping["group"] as? String, "研修受講")
        XCTAssertEqual(grouping["levels"] as? [String], ["はい", "いいえ"])
        let t = try XCTUnwrap(pooled["result"] as? [String: Any])
        XCTAssertEqual(try XCTUnwrap(t["tStatistic"] as? Double), 0.5922240609527619, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(t["pTwoTail"] as? Double), 0.5548336529346553, accuracy: 1e-12)
        XCTAssertEqual((t["first"] as? [String: Any])?["count"] as? Int, 61)
        XCTAssertEqual((t["second"] as? [String: Any])?["count"] as? Int, 59)

        // Five groups, two chosen: the other three stay out of the test.
        let welch = try XCTUnwrap(try json(["ttest", staff, "--value", "年齢", "--group", "所属", "--levels", "企画課,税務課"])["result"]
            as? [String: Any])
        XCTAssertEqual(try XCTUnwrap(welch["tStatistic"] as? Double), 1.607098781401838, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(welch["exactDegreesOfFreedom"] as? Double), 47.32219627031258, accuracy: 1e-10)
        XCTAssertEqual(try XCTUnwrap(welch["exactPTwoTail"] as? Double), 0.1146855079390027, accuracy: 1e-12)

        let f = try XCTUnwrap(try json(["ftest", staff, "--value", "年齢", "--group", "所属", "--levels", "企画課,税務課"])["result"]
            as? [String: Any])
        XCTAssertEqual(try XCTUnwrap(f["f"] as? Double), 1.2887602418065545, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(f["pOneTail"] as? Double), 0.27797553002060166, accuracy: 1e-12)
    }

    /// The workbook names the groups: data sheet headers, the tool sheet's columns and the reading; only the
    /// compared rows are on the data sheet.
    func testTheGroupsAreNamedInTheWorkbookAndTheText() throws {
        let out = try temporaryFolder().appendingPathComponent("t.xlsx")
        let run = try CommandRunner.run(["ttest", staff, "--value", "年齢", "--group", "所属", "--levels", "企画課,税務課",
                                         "-o", out.path, "--lang", "ja"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("「年齢」を「所属」で分けた 2 つのグループ、企画課 (28 件) と 税務課 (22 件) を比べています。"), run.stdout)
        XCTAssertTrue(run.stdout.contains("帰無仮説は「企画課 と 税務課 の母平均は等しい」"), run.stdout)
        let workbook = try Workbook(path: out.path)
        let data = try workbook.cellsByAddress(sheet: "データ")
        XCTAssertEqual(data["B1"]?.value, .text("企画課"))
        XCTAssertEqual(data["C1"]?.value, .text("税務課"))
        XCTAssertNotNil(data["A51"], "28 + 22 compared rows below the header")
        XCTAssertNil(data["A52"], "rows of the other three sections are not on the data sheet")
        let sheet = try workbook.cellsByAddress(sheet: "t 検定")
        XCTAssertEqual(sheet["B3"]?.value, .text("企画課"))
        XCTAssertEqual(sheet["C3"]?.value, .text("税務課"))
        XCTAssertEqual(sheet["B6"]?.value.numericValue, 28)
    }

    func testGroupsThatDoNotFitAreOneSentence() throws {
        let five = try CommandRunner.run(["ttest", staff, "--value", "年齢", "--group", "所属", "--lang", "ja"])
        XCTAssertEqual(five.status, 1)
        XCTAssertEqual(five.stderr, "staff.xlsx、シート 職員データ: 列「所属」のグループは 5 個 (企画課、税務課、福祉課、総務課、土木課) です。ttest は 2 つのグループを比べるので、--levels 企画課,税務課 のように 2 つを選ぶか、3 つ以上をまとめて比べるなら anova を使ってください。\n")
        let fiveEn = try CommandRunner.run(["ftest", staff, "--value", "年齢", "--group", "所属", "--lang", "en"])
        XCTAssertEqual(fiveEn.stderr, "staff.xlsx, sheet 職員データ: column '所属' holds 5 groups (企画課, 税務課, 福祉課, 総務課, 土木課); ftest compares two, so choose two with --levels 企画課,税務課 or compare them all with anova.\n")
        let unknown = try CommandRunner.run(["ttest", staff, "--value", "年齢", "--group", "所属", "--levels", "企画課,総務", "--lang", "ja"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "staff.xlsx、シート 職員データ: 列「所属」に「総務」というグループはありません。--levels には 企画課、税務課、福祉課、総務課、土木課 のうち 2 つを指定してください。\n")
        let paired = try CommandRunner.run(["ttest", staff, "--value", "年齢", "--group", "研修受講", "--paired", "--lang", "ja"])
        XCTAssertEqual(paired.status, 64)
        XCTAssertTrue(paired.stderr.hasPrefix("--paired は同じ行に並んだ 2 つの列 (--a 前 --b 後) を比べます。"), paired.stderr)
        let three = try CommandRunner.run(["ttest", staff, "--value", "年齢", "--group", "所属", "--levels", "企画課", "--lang", "en"])
        XCTAssertEqual(three.status, 64)
        XCTAssertEqual(three.stderr, "--levels takes the two groups to compare, separated by a comma, such as yes,no (given: 企画課).\n")
        let loose = try CommandRunner.run(["ttest", staff, "--a", "年齢", "--b", "処理件数", "--levels", "a,b", "--lang", "ja"])
        XCTAssertEqual(loose.status, 64)
        XCTAssertEqual(loose.stderr, "--levels は、--value 値の列 と --group グループの列 (1 行 1 件のデータ) と一緒に指定してください。\n")
    }

    /// A text column where numbers are needed names itself as text and the tool that takes it.
    func testTextColumnsPointToTheRightTool() throws {
        let regressJa = try CommandRunner.run(["regress", staff, "--y", "研修受講", "--x", "年齢", "--lang", "ja"])
        XCTAssertEqual(regressJa.status, 1)
        XCTAssertEqual(regressJa.stderr, "staff.xlsx、シート 職員データ: 列「研修受講」は文字列の列で (いいえ、はい)、数値がありません。いいえ/はい のような 2 つの値の結果を説明するには logistic (ロジスティック回帰) を使ってください。\n")
        let regressEn = try CommandRunner.run(["regress", staff, "--y", "研修受講", "--x", "年齢", "--lang", "en"])
        XCTAssertEqual(regressEn.stderr, "staff.xlsx, sheet 職員データ: column '研修受講' is a text column (いいえ, はい) and holds no numbers; to explain a two-valued outcome such as いいえ/はい, use logistic (logistic regression).\n")
        let regressMany = try CommandRunner.run(["regress", staff, "--y", "所属", "--x", "年齢", "--lang", "ja"])
        XCTAssertTrue(regressMany.stderr.contains("列「所属」は文字列の列で (企画課、税務課、福祉課、総務課、土木課)、数値がありません。値ごとの件数は crosstab"),
                      regressMany.stderr)
        let runs: [[String]] = [
            ["ttest", staff, "--a", "研修受講", "--b", "年齢"],
            ["ftest", staff, "--value", "研修受講", "--group", "所属", "--levels", "企画課,税務課"],
            ["anova", staff, "--value", "研修受講", "--group", "所属"],
            ["describe", staff, "--columns", "年齢,研修受講"],
        ]
        for arguments in runs {
            let ja = try CommandRunner.run(arguments + ["--lang", "ja"])
            XCTAssertEqual(ja.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(ja.stderr, "staff.xlsx、シート 職員データ: 列「研修受講」は文字列の列で (いいえ、はい)、数値がありません。値ごとの件数は crosstab で数え、数値の列をこの列のグループ別に比べるには groups を使うか、検定の --group にこの列を指定してください。\n")
            let en = try CommandRunner.run(arguments + ["--lang", "en"])
            XCTAssertEqual(en.stderr, "staff.xlsx, sheet 職員データ: column '研修受講' is a text column (いいえ, はい) and holds no numbers; count its values with crosstab, and to compare a number column by its groups use groups or give this column as a test's --group.\n")
        }
    }

    /// `groups`' reading names the test to run next as a command line; run as written (from the file's folder),
    /// it works.
    func testGroupsAdviceRunsAsWritten() throws {
        let folder = CommandRunner.packageRoot.appendingPathComponent("Workbooks")
        let cases: [(by: String, coerce: Bool, tool: String)] = [("研修受講", true, "ttest"), ("所属", false, "anova"), ("所属,研修受講", false, "anova2")]
        for (by, coerce, tool) in cases {
            let out = try temporaryFolder().appendingPathComponent("g.xlsx")
            let value = coerce ? "月間残業時間" : "年齢"
            let run = try CommandRunner.run(["groups", "staff.xlsx", "--value", value, "--by", by, "-o", out.path, "--lang", "ja"]
                                            + (coerce ? ["--coerce-numbers"] : []), in: folder)
            XCTAssertEqual(run.status, 0, run.stderr)
            let commands = run.stdout.matches(of: /「(bunseki [^」]+)」/).map { String($0.1) }
            XCTAssertFalse(commands.isEmpty, run.stdout)
            XCTAssertTrue(commands[0].hasPrefix("bunseki \(tool) staff.xlsx --value \(value)"), commands[0])
            for command in commands {
                let arguments = command.split(separator: " ").dropFirst().map(String.init)
                let test = try CommandRunner.run(arguments + ["-o", try temporaryFolder().appendingPathComponent("t.xlsx").path],
                                                 in: folder)
                XCTAssertEqual(test.status, 0, "\(command): \(test.stderr)")
            }
        }
    }

    /// `--option -2`: a negative number after a space is the option's value, as `--option=-2` always was.
    func testNegativeValuesAfterASpace() throws {
        let ztest = ["ztest", staff, "--a", "年齢", "--b", "処理件数", "--variance-a", "100", "--variance-b", "900"]
        let spaced = try json(ztest + ["--hypothesized-difference", "-2"])
        let joined = try json(ztest + ["--hypothesized-difference=-2"])
        let result = try XCTUnwrap(spaced["result"] as? [String: Any])
        XCTAssertEqual(result["hypothesizedDifference"] as? Double, -2)
        XCTAssertEqual(result["z"] as? Double, (joined["result"] as? [String: Any])?["z"] as? Double)

        let ttest = try json(["ttest", staff, "--value", "処理件数", "--group", "研修受講", "--hypothesized-difference", "-1.5", "--alpha", "0.1"])
        XCTAssertEqual((ttest["result"] as? [String: Any])?["hypothesizedDifference"] as? Double, -1.5)

        let histogram = try json(["histogram", staff, "--columns", "年齢", "--bins", "-10,30,50"])
        let column = try XCTUnwrap((histogram["columns"] as? [[String: Any]])?.first)
        XCTAssertEqual(column["upperEdges"] as? [Double], [-10, 30, 50])

        let random = try json(["random", "--distribution", "uniform", "--lower", "-5", "--upper", "-1", "--count", "20", "--seed", "1"])
        XCTAssertEqual(random["parameters"] as? String, "uniform(-5, -1)")
        let values = try XCTUnwrap((random["variables"] as? [[Double]])?.first)
        XCTAssertTrue(values.allSatisfy { (-5 ... -1).contains($0) }, "\(values)")

        // A negative value for a setting that must be positive is the setting's own sentence, no longer "Missing value".
        let refused = try CommandRunner.run(ztest.dropLast(2) + ["--variance-b", "-1", "--lang", "ja"])
        XCTAssertEqual(refused.status, 64)
        XCTAssertTrue(refused.stderr.hasPrefix("--variance-b -1 は使えません。"), refused.stderr)
    }
}
