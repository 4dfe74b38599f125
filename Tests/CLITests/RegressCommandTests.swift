import Foundation
import XCTest
import XLSXReader

/// `bunseki regress` end to end: JSON figures, the result workbook's cached values, missing rows named.
final class RegressCommandTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    func testWorkbookCachesTheJSONFiguresAndTheReadingNamesTheDroppedRow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bunseki-regress-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("r.xlsx").path
        let arguments = ["regress", staff, "--y", "月間残業時間", "--x", "処理件数,年齢", "--coerce-numbers"]

        let json = try CommandRunner.run(arguments + ["--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let regression = try XCTUnwrap(object["regression"] as? [String: Any])
        // 120 data rows, one blank age (row 15) left out.
        XCTAssertEqual(regression["observations"] as? Int, 119)
        let dropped = try XCTUnwrap(regression["droppedRows"] as? [[String: Any]])
        XCTAssertEqual(dropped.map { $0["label"] as? String }, ["15"])
        XCTAssertEqual(object["coercedCells"] as? [String], ["C30", "C58"])
        let coefficients = try XCTUnwrap(regression["coefficients"] as? [[String: Any]])
        let slope = try XCTUnwrap(coefficients[1]["estimate"] as? Double)

        let written = try CommandRunner.run(arguments + ["-o", out, "--lang", "en"])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertTrue(written.stdout.contains("Rows left out for missing values (1): 15"), written.stdout)
        let workbook = try Workbook(path: out)
        XCTAssertEqual(workbook.sheets.map(\.name), ["Data", "Regression", "Reading"])
        var cursor = try workbook.cells(of: workbook.sheets[1])
        var numbers: [Double] = []
        while let cell = try cursor.next() {
            if case .number(let value) = cell.value { numbers.append(value) }
        }
        // Debian's libxlsxwriter 1.1.4 writes numbers with %.16G (docs/REPORTS.md): the cached slope is ours
        // rounded to 16 significant digits, and nothing else.
        let cachedSlope = try XCTUnwrap(Double(String(format: "%.16G", slope)))
        XCTAssertTrue(numbers.contains(cachedSlope), "the slope \(slope) is cached in the Regression sheet")
        var reading = try workbook.cells(of: workbook.sheets[2])
        var sentences: [String] = []
        while let cell = try reading.next() {
            if case .text(let text) = cell.value { sentences.append(text) }
        }
        XCTAssertTrue(sentences.contains { $0.contains("処理件数") && $0.contains("月間残業時間") }, "\(sentences)")
    }

    func testTooFewRowsIsOneSentence() throws {
        let result = try CommandRunner.run(["regress", staff, "--y", "年齢", "--x", "入庁日,処理件数", "--header-row", "118",
                                            "--lang", "en", "--json"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertFalse(result.stderr.contains("Fatal"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }
}
