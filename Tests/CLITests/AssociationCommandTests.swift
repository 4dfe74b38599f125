import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki correl` and `covariance`: the workbook holds the figures `--json` prints, as live formulas.
final class AssociationCommandTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    func testCorrelationAndCovarianceWorkbookHoldTheJSONFigures() throws {
        let out = try temporaryFolder().appendingPathComponent("c.xlsx")
        let run = try CommandRunner.run(["correl", staff, "--columns", "年齢,処理件数", "--json", "-o", out.path, "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        let pair = try XCTUnwrap((result["pairs"] as? [[String: Any]])?.first)
        XCTAssertEqual(pair["count"] as? Int, 119, "年齢 has one blank")

        let correlation = try Workbook(path: out.path).cellsByAddress(sheet: "Correlation", formulas: true)
        let r = try XCTUnwrap(pair["pearson"] as? Double)
        XCTAssertEqual(try XCTUnwrap(correlation["B5"]?.value.numericValue), r, accuracy: 1e-15 * abs(r))
        XCTAssertEqual(correlation["B5"]?.formula, "CORREL(Data!$C$2:$C$121,Data!$B$2:$B$121)")
        XCTAssertEqual(correlation["B10"]?.value.numericValue, 119, "n of the pair, in the matrix below r")

        let covariance = try Workbook(path: out.path).cellsByAddress(sheet: "Covariance", formulas: true)
        let populationCovariance = try XCTUnwrap(pair["populationCovariance"] as? Double)
        XCTAssertEqual(try XCTUnwrap(covariance["B5"]?.value.numericValue), populationCovariance,
                       accuracy: 1e-15 * abs(populationCovariance))
        XCTAssertEqual(covariance["B5"]?.formula, "_xlfn.COVARIANCE.P(Data!$C$2:$C$121,Data!$B$2:$B$121)")
    }

    func testCovarianceComesFirstAndNeedsTwoColumns() throws {
        let out = try temporaryFolder().appendingPathComponent("v.xlsx")
        let run = try CommandRunner.run(["covariance", staff, "--columns", "年齢,処理件数", "-o", out.path, "--lang", "ja"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try Workbook(path: out.path).sheets.map(\.name), ["データ", "共分散", "相関", "解釈"])
        XCTAssertTrue(run.stdout.contains("標本共分散 (COVARIANCE.S、n-1 で割る)"), run.stdout)

        let single = try CommandRunner.run(["correl", staff, "--columns", "年齢", "--json", "--lang", "en"])
        XCTAssertEqual(single.status, 1)
        XCTAssertEqual(single.stderr, "Too few complete observations for correlation (columns): it needs at least 2, there are 1.\n")
    }
}
