import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki groups`: the JSON groups, the workbook's cached figures and a plain recomputation agree.
final class GroupsCommandTests: XCTestCase {
    func testGroupsAgreeWithJSONAndAPlainRecomputation() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("g.xlsx")
        let run = try CommandRunner.run(["groups", "Workbooks/staff.xlsx", "--value", "処理件数", "--by", "研修受講",
                                         "--json", "-o", out.path, "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let groups = try XCTUnwrap((object["result"] as? [String: Any])?["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["keys"] as? [String] }, [["いいえ"], ["はい"]])

        // Independent: the cells of columns D (件数) and E (研修受講) summed by hand.
        let input = try Workbook(path: CommandRunner.packageRoot.appendingPathComponent("Workbooks/staff.xlsx").path)
        var cursor = try input.cells(of: try XCTUnwrap(input.firstVisibleWorksheet))
        var counts: [Int: Double] = [:], labels: [Int: String] = [:]
        while let cell = try cursor.next() {
            guard cell.address.rowNumber > 1 else { continue }
            if cell.address.columnNumber == 4, case .number(let value) = cell.value { counts[cell.address.rowNumber] = value }
            if cell.address.columnNumber == 5, case .text(let text) = cell.value { labels[cell.address.rowNumber] = text }
        }
        let yes = counts.filter { labels[$0.key] == "はい" }.map(\.value)
        let mean = try XCTUnwrap(groups[1]["mean"] as? Double)
        XCTAssertEqual(groups[1]["count"] as? Int, yes.count)
        XCTAssertEqual(mean, yes.reduce(0, +) / Double(yes.count), accuracy: 1e-12 * mean)

        let book = try Workbook(path: out.path)
        XCTAssertEqual(book.sheets.map(\.name), ["Data", "Group summary", "Reading"])
        let cells = try book.cellsByAddress(sheet: "Group summary", formulas: true)
        XCTAssertEqual(try XCTUnwrap(cells["C5"]?.value.numericValue), mean, accuracy: 1e-15 * mean)
        XCTAssertEqual(cells["C5"]?.formula, "AVERAGEIFS(Data!$B$2:$B$121,Data!$C$2:$C$121,A5)")
    }
}
