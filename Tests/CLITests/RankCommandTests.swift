import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki rank`: the ranks and percents in `--json` agree with a plain count over the sheet's cells,
/// and the workbook ranks with live formulas.
final class RankCommandTests: XCTestCase {
    private let workbook = "Workbooks/e-application-ttest/配布/e-application-ttest-01.xlsx"

    /// Column D (導入後日数) of the data sheet, straight from the cells.
    private func afterDays() throws -> [Double] {
        try Workbook.packaged(workbook).numbers(sheet: "データ", column: 4)
    }

    func testRanksAndPercentsAgreeWithAPlainCount() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("r.xlsx")
        let run = try CommandRunner.run(["rank", workbook, "--sheet", "データ", "--column", "導入後日数", "--json", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try XCTUnwrap(object["rows"] as? [[String: Any]])
        let values = try afterDays()
        XCTAssertEqual(rows.count, values.count)
        for row in rows {
            let point = try XCTUnwrap(row["point"] as? Int)
            let value = values[point - 1]
            XCTAssertEqual(row["value"] as? Double, value)
            XCTAssertEqual(row["rank"] as? Int, 1 + values.filter { $0 > value }.count, "point \(point)")
            // PERCENTRANK.INC: the share of the other values below, truncated to 3 decimals.
            let share = Double(values.filter { $0 < value }.count) / Double(values.count - 1)
            let percent = try XCTUnwrap(row["percent"] as? Double)
            XCTAssertTrue(percent <= share + 1e-12 && share - percent < 0.001, "point \(point): \(percent) vs \(share)")
        }
        let sortedValues = rows.compactMap { $0["value"] as? Double }
        XCTAssertEqual(sortedValues, values.sorted(by: >))

        let written = try Workbook(path: out.path)
        XCTAssertEqual(written.sheets.map(\.name), ["Data", "Rank and Percentile", "Reading"])
        var cursor = try written.cells(of: written.sheet(named: "Rank and Percentile"), formulas: true)
        var ranks = 0
        while let cell = try cursor.next() {
            if cell.formula?.contains("RANK.EQ(") == true { ranks += 1 }
        }
        XCTAssertEqual(ranks, values.count)
    }

    func testAColumnWithoutNumbersIsOneSentence() throws {
        let run = try CommandRunner.run(["rank", workbook, "--sheet", "データ", "--column", "A"])
        XCTAssertEqual(run.status, 1)
        // Column A is 手続ID (P01, P02, …, all different): an identifier, so no advice to count or group by it.
        XCTAssertTrue(run.stderr.contains("column '手続ID' is an identifier"), run.stderr)
        XCTAssertTrue(run.stderr.hasSuffix("choose a number column.\n"), run.stderr)
        XCTAssertFalse(run.stderr.contains("crosstab"), run.stderr)
        XCTAssertEqual(run.stderr.filter { $0 == "\n" }.count, 1, run.stderr)
    }
}
