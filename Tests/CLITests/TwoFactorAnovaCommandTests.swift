import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki anova2` on a small CSV with one incomplete row: the row is left out and said so, and the
/// workbook holds the JSON figures.
final class TwoFactorAnovaCommandTests: XCTestCase {
    func testIncompleteRowIsLeftOutAndTheWorkbookHoldsTheJSONFigures() throws {
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("blocks.csv")
        try "曜日,窓口A,窓口B,窓口C\n月曜,12,15,11\n火曜,10,14,9\n祝日,8,,7\n水曜,11,13,10\n木曜,14,18,13\n"
            .write(to: input, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("b.xlsx")
        let arguments = ["anova2", input.path, "--columns", "窓口A,窓口B,窓口C", "--row-labels", "曜日", "-o", out.path, "--lang", "en"]
        let run = try CommandRunner.run(arguments + ["--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        XCTAssertEqual((result["rowSummaries"] as? [[String: Any]])?.compactMap { $0["name"] as? String }, ["月曜", "火曜", "水曜", "木曜"])
        let columns = try XCTUnwrap(result["columns"] as? [String: Any])
        let f = try XCTUnwrap(columns["f"] as? Double)

        let book = try Workbook(path: out.path)
        let cells = try book.cellsByAddress(sheet: "Anova two-factor", formulas: true)
        XCTAssertEqual(try XCTUnwrap(cells["E16"]?.value.numericValue), f, accuracy: 1e-15 * f)
        XCTAssertEqual(cells["E16"]?.formula, "D16/D17")

        let text = try CommandRunner.run(arguments + ["--force"])
        XCTAssertTrue(text.stdout.contains("1 row with missing values was left out."), text.stdout)
    }
}
