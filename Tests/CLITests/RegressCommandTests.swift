import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki regress` end to end: JSON figures, the result workbook's cached values, missing rows named.
final class RegressCommandTests: XCTestCase {
    private let staff = "Workbooks/staff.xlsx"

    func testWorkbookCachesTheJSONFiguresAndTheReadingNamesTheDroppedRow() throws {
        let folder = try temporaryFolder()
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

/// A text predictor enters as indicators against its reference level.
final class RegressCategoryTests: XCTestCase {
    func testDepartmentIndicatorsEqualGroupMeanDifferencesAndAreReadAsSuch() throws {
        let staff = "Workbooks/staff.xlsx"
        let result = try CommandRunner.run(["regress", staff, "--y", "月間残業時間", "--x", "所属", "--coerce-numbers",
                                            "--reference", "所属=総務課", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let categories = try XCTUnwrap(object["categories"] as? [[String: Any]])
        XCTAssertEqual(categories.first?["reference"] as? String, "総務課")
        let regression = try XCTUnwrap(object["regression"] as? [String: Any])
        let coefficients = try XCTUnwrap(regression["coefficients"] as? [[String: Any]])

        // Independent check: group means of overtime straight from the cells (C30 "１２" and C58 "12時間" as 12).
        let workbook = try Workbook(path: CommandRunner.packageRoot.appendingPathComponent(staff).path)
        var cursor = try workbook.cells(of: try XCTUnwrap(workbook.firstVisibleWorksheet))
        var department: [Int: String] = [:], overtime: [Int: Double] = [:]
        while let cell = try cursor.next() {
            guard cell.address.rowNumber > 1 else { continue }
            switch (cell.address.columnNumber, cell.value) {
            case (1, .text(let text)): department[cell.address.rowNumber] = text
            case (3, .number(let value)): overtime[cell.address.rowNumber] = value
            case (3, .text): overtime[cell.address.rowNumber] = 12
            default: break
            }
        }
        var sums: [String: (total: Double, count: Double)] = [:]
        for (row, name) in department {
            guard let hours = overtime[row] else { continue }
            sums[name, default: (0, 0)].total += hours
            sums[name, default: (0, 0)].count += 1
        }
        func mean(_ name: String) throws -> Double { let s = try XCTUnwrap(sums[name]); return s.total / s.count }
        XCTAssertEqual(try XCTUnwrap(coefficients[0]["estimate"] as? Double), try mean("総務課"), accuracy: 1e-10)
        for coefficient in coefficients.dropFirst() {
            let name = try XCTUnwrap(coefficient["name"] as? String)
            let level = String(try XCTUnwrap(name.split(separator: "=").last))
            XCTAssertEqual(try XCTUnwrap(coefficient["estimate"] as? Double), try mean(level) - mean("総務課"), accuracy: 1e-10, name)
        }

        let text = try CommandRunner.run(["regress", staff, "--y", "月間残業時間", "--x", "所属", "--coerce-numbers",
                                          "--reference", "所属=人事課", "--lang", "en"])
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.stderr.hasPrefix("Column '所属' has no category '人事課'"), text.stderr)
    }

    /// The terminal output names each text predictor's reference level, chosen or by default.
    func testTerminalTextNamesTheReferenceLevel() throws {
        let out = try temporaryFolder().appendingPathComponent("r.xlsx").path
        let chosen = try CommandRunner.run(["regress", "Workbooks/staff.xlsx", "--y", "年齢", "--x", "所属,研修受講",
                                            "--reference", "所属=総務課", "-o", out, "--lang", "ja"])
        XCTAssertEqual(chosen.status, 0, chosen.stderr)
        XCTAssertTrue(chosen.stdout.contains("所属 の基準: 総務課 (所属=… の係数は 総務課 との差です)"), chosen.stdout)
        // Without --reference the most frequent level: はい ×61 against いいえ ×59.
        XCTAssertTrue(chosen.stdout.contains("研修受講 の基準: はい (研修受講=… の係数は はい との差です)"), chosen.stdout)
        let english = try CommandRunner.run(["regress", "Workbooks/staff.xlsx", "--y", "年齢", "--x", "所属", "-o", out, "--force",
                                             "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("所属: reference level 企画課 (each 所属=… coefficient is the difference from 企画課)"),
                      english.stdout)
    }
}
