import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki smooth`: the forecasts in `--json` agree with averages taken straight from the sheet's
/// cells, the workbook holds live formulas, and a missing or doubled method is one clear sentence.
final class SmoothCommandTests: XCTestCase {
    private let workbook = "Workbooks/e-application-ttest/配布/e-application-ttest-01.xlsx"

    /// Column D (導入後日数) of the data sheet, straight from the cells.
    private func afterDays() throws -> [Double] {
        try Workbook.packaged(workbook).numbers(sheet: "データ", column: 4)
    }

    func testMovingAverageAgreesWithAPlainAverageOfTheCells() throws {
        let out = try temporaryFolder().appendingPathComponent("s.xlsx")
        let run = try CommandRunner.run(["smooth", workbook, "--sheet", "データ", "--column", "導入後日数",
                                         "--moving-average", "4", "--json", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["method"] as? String, "movingAverage")
        XCTAssertEqual(object["interval"] as? Int, 4)
        let forecasts = try XCTUnwrap(object["forecasts"] as? [Any])
        let values = try afterDays()
        XCTAssertEqual(forecasts.count, values.count)
        XCTAssertTrue(forecasts.prefix(3).allSatisfy { $0 is NSNull }, "the first three points have no forecast")
        for t in 3..<values.count {
            let plain = values[(t - 3)...t].reduce(0, +) / 4
            XCTAssertEqual(try XCTUnwrap(forecasts[t] as? Double), plain, accuracy: 1e-12 * abs(plain), "point \(t + 1)")
        }

        let written = try Workbook(path: out.path)
        XCTAssertEqual(written.sheets.map(\.name), ["Data", "Moving Average", "Reading"])
        var cursor = try written.cells(of: written.sheet(named: "Moving Average"), formulas: true)
        var formulas: [String] = []
        while let cell = try cursor.next() {
            if cell.address.columnNumber == 3, let formula = cell.formula { formulas.append(formula) }
        }
        // The ToolPak's #N/A cells are written as NA(), so they stay errors after recalculation.
        XCTAssertEqual(formulas.filter { $0 == "NA()" }.count, 3)
        let averages = formulas.filter { $0 != "NA()" }
        XCTAssertEqual(averages.count, values.count - 3)
        XCTAssertEqual(averages.first, "AVERAGE(B4:B7)")
    }

    func testMethodMustBeChosenOnceAndAlphaIsChecked() throws {
        for extra in [[String](), ["--moving-average", "3", "--exponential", "0.3"]] {
            let run = try CommandRunner.run(["smooth", workbook, "--sheet", "データ", "--column", "D", "--lang", "ja"] + extra)
            XCTAssertEqual(run.status, 64)
            XCTAssertEqual(run.stderr, "--moving-average 3 (区間) か --exponential 0.3 (平滑化定数 α) のどちらか一方を指定してください。\n")
        }
        let alpha = try CommandRunner.run(["smooth", workbook, "--sheet", "データ", "--column", "D", "--exponential", "1.5"])
        XCTAssertEqual(alpha.status, 64)
        XCTAssertEqual(alpha.stderr, "--exponential 1.5 cannot be used; give a number above 0 and below 1, such as 0.05.\n")
    }

    func testTextNamesTheDampingFactor() throws {
        let out = try temporaryFolder().appendingPathComponent("e.xlsx")
        let run = try CommandRunner.run(["smooth", workbook, "--sheet", "データ", "--column", "D", "--exponential", "0.3",
                                         "--lang", "ja", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("減衰率 = 1 − α = 0.7"), run.stdout)
        XCTAssertTrue(run.stdout.contains("次の期の予測値は"), run.stdout)
    }
}
