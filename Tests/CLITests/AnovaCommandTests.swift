import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki anova` on the counter-waiting exercise (one row per visitor, the weekday as the group).
final class AnovaCommandTests: XCTestCase {
    private let workbook = "Workbooks/counter-waiting-anova/配布/counter-waiting-anova-01.xlsx"


    func testLongFormatWorkbookHoldsTheJSONFigures() throws {
        let out = try temporaryFolder().appendingPathComponent("a.xlsx")
        let run = try CommandRunner.run(["anova", workbook, "--sheet", "データ", "--value", "待ち時間", "--group", "曜日",
                                         "--json", "-o", out.path, "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        let groups = try XCTUnwrap(result["groups"] as? [[String: Any]])
        XCTAssertEqual(Set(groups.compactMap { $0["name"] as? String }), ["月", "火", "水", "木", "金"])
        XCTAssertEqual(groups.compactMap { $0["count"] as? Int }.reduce(0, +), 100)
        let between = try XCTUnwrap(result["between"] as? [String: Any])

        let book = try Workbook(path: out.path)
        XCTAssertEqual(book.sheets.map(\.name), ["Data", "Anova single factor", "Reading"])
        let cells = try book.cellsByAddress(sheet: "Anova single factor", formulas: true)
        // Five groups: the ANOVA table's between-groups row is sheet row 15.
        for (address, key) in [("B14", "sumOfSquares"), ("E14", "f"), ("F14", "pValue"), ("G14", "fCritical")] {
            let expected = try XCTUnwrap(between[key] as? Double, key)
            XCTAssertEqual(try XCTUnwrap(cells[address]?.value.numericValue, address), expected, accuracy: 1e-15 * abs(expected), key)
            XCTAssertNotNil(cells[address]?.formula, address)
        }
    }

    func testWideFormatNeedsColumnsOrValueAndGroup() throws {
        let neither = try CommandRunner.run(["anova", workbook, "--sheet", "データ", "--json"])
        XCTAssertNotEqual(neither.status, 0)
        XCTAssertEqual(neither.stderr, "Give either --columns A,B,C (one column per group) or both --value and --group.\n")
        let japanese = try CommandRunner.run(["anova", workbook, "--sheet", "データ", "--lang", "ja"])
        XCTAssertEqual(japanese.status, 64)
        XCTAssertEqual(japanese.stderr, "--columns A,B,C (群ごとの列) か、--value 値の列と --group 群の列 (1 行 1 件) のどちらか一方を指定してください。\n")
        let halfLong = try CommandRunner.run(["anova", workbook, "--sheet", "データ", "--value", "待ち時間", "--json"])
        XCTAssertNotEqual(halfLong.status, 0)
    }
}
