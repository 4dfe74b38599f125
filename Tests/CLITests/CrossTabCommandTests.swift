import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki crosstab` on the satisfaction survey exercise, whose age labels include spacing variants.
final class CrossTabCommandTests: XCTestCase {
    private let workbook = "Workbooks/survey-satisfaction-crosstab/配布/survey-satisfaction-crosstab-01.xlsx"

    func testWorkbookHoldsTheJSONFiguresAndTheTextNamesSpacingVariants() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("x.xlsx")
        let arguments = ["crosstab", workbook, "--sheet", "データ", "--rows", "年代", "--cols", "満足度", "-o", out.path, "--lang", "en"]
        let run = try CommandRunner.run(arguments + ["--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        XCTAssertEqual(result["total"] as? Int, 400)
        let rowLabels = try XCTUnwrap(result["rowLabels"] as? [String])
        let observed = try XCTUnwrap(result["observed"] as? [[Int]])

        let book = try Workbook(path: out.path)
        XCTAssertEqual(book.sheets.map(\.name), ["Data", "Cross tabulation", "Reading"])
        let cells = try book.cellsByAddress(sheet: "Cross tabulation", formulas: true)
        XCTAssertEqual(cells["A5"]?.value, .text(rowLabels[0]))
        XCTAssertEqual(cells["B5"]?.value.numericValue, Double(observed[0][0]))
        XCTAssertEqual(cells["B5"]?.formula, "COUNTIFS(Data!$B$2:$B$401,$A5,Data!$C$2:$C$401,B$4)")
        // Row and column percentages follow the counts (each count over its row or column total), then the expected
        // counts, the residuals and the test block: 8 age labels each.
        XCTAssertEqual(cells["A15"]?.value, .text("Row percentages (each count ÷ its row total)"))
        XCTAssertEqual(cells["B17"]?.formula, "B5/E5")
        XCTAssertEqual(try XCTUnwrap(cells["B17"]?.value.numericValue), Double(observed[0][0]) / Double(observed[0].reduce(0, +)),
                       accuracy: 1e-15)
        XCTAssertEqual(cells["A27"]?.value, .text("Column percentages (each count ÷ its column total)"))
        XCTAssertEqual(cells["B29"]?.formula, "B5/B13")
        let chiSquare = try XCTUnwrap(result["chiSquare"] as? Double)
        XCTAssertEqual(try XCTUnwrap(cells["B62"]?.value.numericValue), chiSquare, accuracy: 1e-15 * chiSquare)
        XCTAssertEqual(cells["B64"]?.formula, "_xlfn.CHISQ.TEST(B5:D12,B41:D48)")

        let text = try CommandRunner.run(arguments + ["--force"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("The categories \"60代以上\", \"　60代以上\" differ only in spaces"), text.stdout)
    }
}
