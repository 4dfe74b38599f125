import Foundation
import Procedures
import XCTest
import TestSupport

/// `--order` and the natural orders (docs/CATEGORIES.md) as every tool that lists categories shows them, on a staff
/// table whose labels first appear out of order (40代, 60代以上, 20代以下 …; 主事, 主任, 係長, 課長, 課長補佐).
final class CategoryOrderCommandTests: XCTestCase {
    private static let ages = ["40代", "60代以上", "20代以下", "30代", "50代"]
    private static let ranks = ["主事", "主任", "係長", "課長", "課長補佐"]
    private static let sections = ["総務課", "企画課", "税務課", "福祉課"]

    /// 40 rows: 職員番号 1001…1040, 所属, 職位, 年代 and 年度 cycling, 研修受講 every third row, overtime that rises with age.
    private func staff() throws -> String {
        let folder = try temporaryFolder()
        var lines = ["職員番号,所属,職位,年代,年度,研修受講,残業時間"]
        for i in 0..<40 {
            let age = Self.ages[(i * 2) % 5]
            let overtime = 10 + Double((i * 7) % 13) + 3 * Double(Self.ages.firstIndex(of: age)!)
            lines.append([String(1001 + i), Self.sections[i % 4], Self.ranks[i % 5], age, i % 2 == 0 ? "令和2年度" : "令和元年度",
                          i % 3 == 0 ? "はい" : "いいえ", String(overtime)].joined(separator: ","))
        }
        let file = folder.appendingPathComponent("staff.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandRunner.run(arguments + ["--json", "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    private func result(_ arguments: [String]) throws -> [String: Any] {
        try XCTUnwrap(try json(arguments)["result"] as? [String: Any])
    }

    func testCrosstabListsAgeBandsByAgeAndTakesAnOrderForTheOtherColumn() throws {
        let file = try staff()
        let natural = try result(["crosstab", file, "--rows", "年代", "--cols", "研修受講"])
        XCTAssertEqual(natural["rowLabels"] as? [String], ["20代以下", "30代", "40代", "50代", "60代以上"])
        XCTAssertEqual(natural["columnLabels"] as? [String], ["はい", "いいえ"], "no natural order: first appearance")
        let ordered = try result(["crosstab", file, "--rows", "年代", "--cols", "研修受講",
                                  "--order", "研修受講=いいえ,はい", "--order", "年代=60代以上"])
        XCTAssertEqual(ordered["columnLabels"] as? [String], ["いいえ", "はい"])
        XCTAssertEqual(ordered["rowLabels"] as? [String], ["60代以上", "20代以下", "30代", "40代", "50代"],
                       "levels not listed follow in their natural order")
    }

    func testGroupsListJobRanksFromTheTop() throws {
        let groups = try XCTUnwrap(try result(["groups", try staff(), "--value", "残業時間", "--by", "職位"])["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.compactMap { ($0["keys"] as? [String])?.first }, ["課長", "課長補佐", "係長", "主任", "主事"])
    }

    func testAnovaAndKruskalGroupsFollowTheOrderGiven() throws {
        let file = try staff()
        for tool in ["anova", "kruskal"] {
            let object = try json([tool, file, "--value", "残業時間", "--group", "年代", "--order", "年代=60代以上,50代"])
            let names = tool == "anova"
                ? ((object["result"] as? [String: Any])?["groups"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                : object["samples"] as? [String]
            XCTAssertEqual(names, ["60代以上", "50代", "20代以下", "30代", "40代"], tool)
        }
        let pair = try json(["mannwhitney", file, "--value", "残業時間", "--group", "研修受講", "--order", "研修受講=いいえ"])
        XCTAssertEqual(pair["samples"] as? [String], ["いいえ", "はい"])
        for tool in ["ttest", "ftest"] {
            let test = try json([tool, file, "--value", "残業時間", "--group", "研修受講", "--order", "研修受講=いいえ"])
            XCTAssertEqual((test["grouping"] as? [String: Any])?["levels"] as? [String], ["いいえ", "はい"], "\(tool): Variable 1 is the first level")
        }
    }

    func testTwoFactorAnovaLevelsAndDidPeriodsInNaturalOrder() throws {
        let file = try staff()
        let anova = try result(["anova2", file, "--value", "残業時間", "--factors", "年代,研修受講"])
        let table = try XCTUnwrap(anova["table"] as? [String: Any])
        XCTAssertEqual(table["firstLevels"] as? [String], ["20代以下", "30代", "40代", "50代", "60代以上"])
        let did = try json(["did", file, "--value", "残業時間", "--group", "研修受講", "--treated", "はい", "--period", "年度",
                            "--after", "令和2年度"])
        XCTAssertEqual(did["periods"] as? [String], ["令和元年度", "令和2年度"], "令和元年度 (2019) comes before 令和2年度 (2020)")
    }

    func testRegressTakesTheFirstLevelListedAsReference() throws {
        let object = try json(["regress", try staff(), "--y", "残業時間", "--x", "所属", "--order", "所属=税務課,福祉課"])
        let coding = try XCTUnwrap((object["categories"] as? [[String: Any]])?.first)
        XCTAssertEqual(coding["reference"] as? String, "税務課")
        XCTAssertEqual(coding["levels"] as? [String], ["福祉課", "総務課", "企画課"])
        let explicit = try json(["regress", try staff(), "--y", "残業時間", "--x", "所属", "--order", "所属=税務課,福祉課",
                                 "--reference", "所属=企画課"])
        XCTAssertEqual((explicit["categories"] as? [[String: Any]])?.first?["reference"] as? String, "企画課", "--reference wins")
    }

    func testALevelThatDoesNotOccurIsOneSentenceNamingTheLevels() throws {
        let file = try staff()
        let run = try CommandRunner.run(["crosstab", file, "--rows", "年代", "--cols", "研修受講", "--order", "年代=70代,30代", "--lang", "ja"])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.stderr.trimmingCharacters(in: .whitespacesAndNewlines),
                       "staff.csv: --order の「70代」は列「年代」にありません。ある区分: 20代以下、30代、40代、50代、60代以上。")
        let syntax = try CommandRunner.run(["groups", file, "--value", "残業時間", "--by", "職位", "--order", "職位", "--lang", "ja"])
        XCTAssertEqual(syntax.status, 64, "a setting that cannot be read is a usage error, as the other options'")
        XCTAssertTrue(syntax.stderr.contains("--order「職位」は読めません。"), syntax.stderr)
        let column = try CommandRunner.run(["groups", file, "--value", "残業時間", "--by", "職位", "--order", "役職=課長", "--lang", "ja"])
        XCTAssertEqual(column.status, 1)
        XCTAssertTrue(column.stderr.contains("列「役職」はありません。"), column.stderr)
    }

    func testReportListsNaturalOrdersAndLeavesTheIdentifierOut() throws {
        let object = try json(["report", try staff()])
        let frequencies = try XCTUnwrap(object["frequencies"] as? [[String: Any]])
        let levels = { (column: String) in
            (frequencies.first { $0["column"] as? String == column }?["levels"] as? [[String: Any]])?.compactMap { $0["value"] as? String }
        }
        XCTAssertEqual(levels("年代"), ["20代以下", "30代", "40代", "50代", "60代以上"])
        XCTAssertEqual(levels("研修受講"), ["いいえ", "はい"], "no natural order: most frequent first, as before")
        XCTAssertEqual(object["identifiers"] as? [String], ["職員番号"])
        let described = try XCTUnwrap(object["columns"] as? [[String: Any]]).compactMap { $0["column"] as? String }
        XCTAssertEqual(described, ["残業時間"], "the identifier is not described as a measure")
    }

    func testTheWorkbenchFormOffersTheOrderToEveryToolThatListsCategories() throws {
        for id in ["anova", "kruskal", "mannwhitney", "ttest", "ttest-equal", "ftest", "ztest", "anova2-long", "groups", "crosstab", "regress", "logistic", "did", "report"] {
            XCTAssertTrue(try XCTUnwrap(ToolCatalog.tool(id)).parameters.contains { $0.key == "order" }, id)
        }
    }
}
