import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki accuracy`: the NIST StRD check from the data inside the binary, as text, JSON and a workbook.
final class AccuracyCommandTests: XCTestCase {
    private struct Output: Decodable {
        struct Set: Decodable {
            struct Value: Decodable { let quantity: String, estimate: Double?, certified: Double?, lre: Double? }
            let name: String, procedure: String, minimumLRE: Double, minimumAt: String, values: [Value]
        }
        let tool: String
        let sets: [Set]
        let output: String?
    }

    func testJSONListsEveryCertifiedValueOfEverySet() throws {
        // Run from an empty folder: the program needs no data files.
        let folder = try temporaryFolder()
        let result = try CommandRunner.run(["accuracy", "--json"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let output = try JSONDecoder().decode(Output.self, from: Data(result.stdout.utf8))
        XCTAssertEqual(output.tool, "accuracy")
        XCTAssertNil(output.output)
        XCTAssertEqual(output.sets.count, 31)
        // Univariate 3 values a set, ANOVA 7, regression 2 per parameter (β, SD) + 7: Norris 2 parameters, Pontius 3,
        // NoInt1/2 1, Filip 11, Longley 7, Wampler1–5 6.
        XCTAssertEqual(output.sets.map(\.values.count).reduce(0, +),
                       9 * 3 + 11 * 7 + [2, 3, 1, 1, 11, 7, 6, 6, 6, 6, 6].map { 2 * $0 + 7 }.reduce(0, +))
        let filip = try XCTUnwrap(output.sets.first { $0.name == "Filip" })
        XCTAssertEqual(filip.procedure, "linearRegression")
        XCTAssertGreaterThanOrEqual(filip.minimumLRE, 13)
        XCTAssertEqual(filip.values.filter { $0.quantity.hasPrefix("beta[") }.count, 11)
    }

    func testTextShowsTheTableAndTheWorkbookHoldsTheSame() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("accuracy.xlsx").path
        let result = try CommandRunner.run(["accuracy", "-o", out, "--lang", "ja"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Filip (線形回帰、難易度 高、観測数 82)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("最小 LRE"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("結果のブック: \(out)\n"), String(result.stdout.suffix(200)))

        let workbook = try Workbook(path: out)
        XCTAssertEqual(workbook.sheets.map(\.name), ["精度", "認証値"])
        var cursor = try workbook.cells(of: workbook.sheets[0])
        var names: [String] = []
        while let cell = try cursor.next() {
            if cell.address.columnNumber == 1, case .text(let text) = cell.value { names.append(text) }
        }
        XCTAssertTrue(names.contains("SmLs09") && names.contains("Filip") && names.contains("PiDigits"), "\(names)")

        let again = try CommandRunner.run(["accuracy", "-o", out, "--lang", "en"], in: folder)
        XCTAssertEqual(again.status, 1, "an existing workbook is kept without --force")
        XCTAssertEqual(again.stderr.split(separator: "\n").count, 1, again.stderr)
        XCTAssertEqual(try CommandRunner.run(["accuracy", "-o", out, "--force", "--json"], in: folder).status, 0)
    }
}
