import Foundation
import XCTest
import TestSupport

/// `describe` adds a Shapiro–Wilk line to every column: W and p in the JSON (absent where the test does not
/// apply) and two rows below the ToolPak's in the text.
final class DescribeShapiroWilkTests: XCTestCase {
    func testJSONCarriesShapiroWilkWhereItApplies() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("two.csv")
        try "a,b\n1,4\n2,4\n3.5,\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["describe", file.path, "--columns", "a,b", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let columns = try XCTUnwrap(object["columns"] as? [[String: Any]])
        // Three values: W = 0.9868421052631577, p = 0.780440814879016 (SciPy).
        let test = try XCTUnwrap(columns[0]["shapiroWilk"] as? [String: Any])
        XCTAssertEqual(try XCTUnwrap(test["w"] as? Double), 0.9868421052631577, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(test["pValue"] as? Double), 0.780440814879016, accuracy: 1e-9)
        XCTAssertNil(columns[1]["shapiroWilk"], "two values: no test")
        XCTAssertNotNil(columns[1]["statistics"])
    }

    func testTextShowsTheLineBelowTheToolPaksRows() throws {
        let result = try CommandRunner.run(["describe", "Workbooks/staff.xlsx", "--columns", "年齢", "--lang", "en", "-o",
                                            try temporaryFolder().appendingPathComponent("d.xlsx").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let confidence = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Confidence Level(95.0%)") })
        XCTAssertTrue(lines[confidence + 1].hasPrefix("Shapiro-Wilk W "), lines[confidence + 1])
        XCTAssertTrue(lines[confidence + 2].hasPrefix("Shapiro-Wilk P-value "), lines[confidence + 2])
    }
}
