import Foundation
import XCTest
import TestSupport

/// ID-like columns as a participant meets them: `inspect` names them, `report` leaves them out and says so.
final class IdentifierCommandTests: XCTestCase {
    /// 30 staff: 職員番号 S001…S030 (text), 所属 cycling over three sections, 残業時間.
    private func staff() throws -> String {
        let folder = try temporaryFolder()
        let lines = ["職員番号,所属,残業時間"] + (1...30).map { i in
            "S\(String(format: "%03d", i)),\(["総務課", "企画課", "税務課"][i % 3]),\(10 + i % 7)"
        }
        let file = folder.appendingPathComponent("職員.csv")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func testInspectNamesTheIdentifierInTextAndJSON() throws {
        let file = try staff()
        let text = try CommandRunner.run(["inspect", file, "--lang", "ja"])
        XCTAssertEqual(text.status, 0, text.stderr)
        let line = try XCTUnwrap(text.stdout.split(separator: "\n").first { $0.contains("職員番号") })
        XCTAssertEqual(line, "  A 職員番号 — 文字列（識別子: 値がすべて異なる。report では集計しません）、値 30、空欄 0")
        let sections = try XCTUnwrap(text.stdout.split(separator: "\n").first { $0.contains("所属") })
        XCTAssertFalse(sections.contains("識別子"), String(sections))

        let json = try CommandRunner.run(["inspect", file, "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let columns = try XCTUnwrap(object["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["identifier"] as? Bool }, [true, false, false])
    }

    func testReportLeavesTheIdentifierOutAndSaysSo() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("r.xlsx")
        let run = try CommandRunner.run(["report", try staff(), "-o", out.path, "--lang", "ja"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("職員番号 は値がすべて異なる識別子 (ID・番号・氏名など) とみなし、統計量と度数表から除きました。"), run.stdout)
        XCTAssertFalse(run.stdout.contains("S001"), "no frequency table of identifiers")
    }
}
