import Foundation
import XCTest
import TestSupport

/// Every analysis prints its own keys beside one envelope: the file, sheet and tool, and for numeric
/// columns the cells left out or converted (docs/JSON.md).
final class JSONEnvelopeTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(arguments + ["--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stdout)
    }

    func testNumericAnalysesCarryTheEnvelopeBesideTheirOwnKeys() throws {
        let runs: [(tool: String, arguments: [String], ownKey: String)] = [
            ("describe", ["--columns", "月間残業時間"], "columns"),
            ("regress", ["--y", "月間残業時間", "--x", "処理件数"], "regression"),
            ("anova", ["--value", "月間残業時間", "--group", "所属"], "equalVariances"),
            ("histogram", ["--columns", "月間残業時間"], "columns"),
            ("ttest", ["--a", "月間残業時間", "--b", "処理件数"], "result"),
            ("smooth", ["--column", "月間残業時間", "--moving-average", "3"], "forecasts"),
            ("mannwhitney", ["--value", "月間残業時間", "--group", "研修受講"], "result"),
            ("wilcoxon", ["--a", "月間残業時間", "--b", "処理件数"], "result"),
            ("kruskal", ["--value", "月間残業時間", "--group", "所属"], "dunn"),
            ("normality", ["--columns", "月間残業時間"], "columns"),
        ]
        for run in runs {
            let object = try json([run.tool, staff] + run.arguments + ["--coerce-numbers"])
            XCTAssertEqual(object["file"] as? String, staff, run.tool)
            XCTAssertEqual(object["sheet"] as? String, "職員データ", run.tool)
            XCTAssertEqual(object["tool"] as? String, run.tool)
            XCTAssertNotNil(object[run.ownKey], run.tool)
            XCTAssertEqual(object["coercedCells"] as? [String], ["C30", "C58"], run.tool)
            XCTAssertEqual((object["ignoredCells"] as? [Any])?.count, 0, run.tool)
        }
    }

    func testAnalysesOfTextColumnsHaveNoCellLists() throws {
        let object = try json(["crosstab", staff, "--rows", "所属", "--cols", "研修受講"])
        XCTAssertEqual(object["tool"] as? String, "crosstab")
        XCTAssertEqual(object["sheet"] as? String, "職員データ")
        XCTAssertNotNil(object["result"])
        XCTAssertNil(object["coercedCells"])
        XCTAssertNil(object["ignoredCells"])
    }
}
