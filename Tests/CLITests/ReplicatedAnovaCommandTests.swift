import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki anova2 --replication 2` on a 2 × 2 design computed by hand (SSA 18, SSB 72, SSAB 8, SSE 8,
/// so F = 9, 36, 4 on 1 and 4 df), and its refusal of an unbalanced sheet.
final class ReplicatedAnovaCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("bunseki-anova2r").url
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func write(_ csv: String) throws -> String {
        let input = folder.appendingPathComponent("design.csv")
        try csv.write(to: input, atomically: true, encoding: .utf8)
        return input.path
    }

    func testSamplesOfTwoRowsGiveTheHandComputedTable() throws {
        let input = try write("肥料,A,B\n甲,1,5\n,3,7\n乙,2,10\n,4,12\n")
        let out = folder.appendingPathComponent("r.xlsx")
        let arguments = ["anova2", input, "--columns", "A,B", "--row-labels", "肥料", "--replication", "2", "-o", out.path, "--lang", "en"]
        let run = try CommandRunner.run(arguments + ["--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["replication"] as? Int, 2)
        let result = try XCTUnwrap(object["result"] as? [String: Any])
        XCTAssertEqual(result["rowNames"] as? [String], ["甲", "乙"])
        let f = ["rows", "columns", "interaction"].map { ((result[$0] as? [String: Any])?["f"] as? Double) ?? .nan }
        for (value, expected) in zip(f, [9.0, 36, 4]) { XCTAssertEqual(value, expected, accuracy: 1e-12) }

        let book = try Workbook(path: out.path)
        let cells = try book.cellsByAddress(sheet: "Anova two-factor", formulas: true)
        XCTAssertEqual(cells["A26"]?.value, .text("Interaction"))
        XCTAssertEqual(try XCTUnwrap(cells["E26"]?.value.numericValue), 4, accuracy: 1e-12)
        XCTAssertEqual(cells["E26"]?.formula, "D26/D27")
    }

    func testRowsThatDoNotFormWholeSamplesAreRefused() throws {
        let input = try write("A,B\n1,5\n3,7\n2,10\n")
        let run = try CommandRunner.run(["anova2", input, "--columns", "A,B", "--replication", "2", "--lang", "en"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("the 3 data rows do not divide into samples of 2 rows"), run.stderr)
    }

    func testABlankCellIsNamed() throws {
        let input = try write("A,B\n1,5\n3,\n2,10\n4,12\n")
        let run = try CommandRunner.run(["anova2", input, "--columns", "A,B", "--replication", "2", "--lang", "en"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("column 'B' is blank in row 3"), run.stderr)
    }
}
