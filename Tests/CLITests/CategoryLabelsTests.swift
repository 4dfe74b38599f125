import Foundation
import XCTest
import TestSupport

/// Every command that reads a column as categories reads it the same way: a blank cell, blank text and an
/// error value (`#N/A`) name no group. The fixture (scripts/make-category-labels-fixture.py) has 総務 ×3,
/// 税務 ×2 and one row of each kind of non-label.
final class CategoryLabelsTests: XCTestCase {
    private let workbook = "Tests/CLITests/Fixtures/category_labels.xlsx"

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandRunner.run(arguments + [workbook, "--json", "--lang", "en"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try XCTUnwrap(object["result"] as? [String: Any])
    }

    func testGroupsLeaveOutBlankAndErrorLabels() throws {
        let groups = try XCTUnwrap(try json(["groups", "--value", "件数", "--by", "課"])["groups"] as? [[String: Any]])
        // Groups come in label order (税 U+7A0E sorts before 総 U+7DCF).
        XCTAssertEqual(groups.map { $0["keys"] as? [String] }, [["税務"], ["総務"]])
        XCTAssertEqual(groups.map { $0["count"] as? Int }, [2, 3])
    }

    func testAnovaGroupsLeaveOutBlankAndErrorLabels() throws {
        let groups = try XCTUnwrap(try json(["anova", "--value", "件数", "--group", "課"])["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["name"] as? String }, ["総務", "税務"])
        XCTAssertEqual(groups.map { $0["sum"] as? Double }, [12 + 10 + 11, 15 + 13])
    }
}
