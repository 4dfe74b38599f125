import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki histogram`: the counts in `--json`, in the workbook and in a plain count of the sheet's cells agree.
final class HistogramCommandTests: XCTestCase {
    private let workbook = "Workbooks/e-application-ttest/配布/e-application-ttest-01.xlsx"

    /// Column D (導入後日数) of the data sheet, straight from the cells.
    private func afterDays() throws -> [Double] {
        try Workbook.packaged(workbook).numbers(sheet: "データ", column: 4)
    }

    func testCountsAgreeAcrossJSONWorkbookAndAPlainCount() throws {
        let out = try temporaryFolder().appendingPathComponent("h.xlsx")
        let run = try CommandRunner.run(["histogram", workbook, "--sheet", "データ", "--columns", "導入後日数",
                                         "--bins", "15,5,10", "--json", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let column = try XCTUnwrap((object["columns"] as? [[String: Any]])?.first)
        XCTAssertEqual(column["upperEdges"] as? [Double], [5, 10, 15])
        XCTAssertEqual(column["automaticBins"] as? Bool, false)
        let counts = try XCTUnwrap(column["counts"] as? [Int])

        let values = try afterDays()
        let plain = [values.filter { $0 <= 5 }.count, values.filter { $0 > 5 && $0 <= 10 }.count,
                     values.filter { $0 > 10 && $0 <= 15 }.count, values.filter { $0 > 15 }.count]
        XCTAssertEqual(counts, plain)
        XCTAssertEqual(counts.reduce(0, +), 40)

        let written = try Workbook(path: out.path)
        XCTAssertEqual(written.sheets.map(\.name), ["Data", "Histogram", "Reading"])
        var cursor = try written.cells(of: written.sheet(named: "Histogram"), formulas: true)
        var frequencies: [Int] = []
        while let cell = try cursor.next() {
            if cell.address.columnNumber == 2, cell.address.rowNumber > 2, let count = cell.value.numericValue {
                frequencies.append(Int(count))
                XCTAssertNotNil(cell.formula, "\(cell.address.a1) counts with a live formula")
            }
        }
        XCTAssertEqual(frequencies, counts)
    }

    func testParetoSortsTheCountsOfThePlainTable() throws {
        let out = try temporaryFolder().appendingPathComponent("p.xlsx")
        let run = try CommandRunner.run(["histogram", workbook, "--sheet", "データ", "--columns", "導入後日数",
                                         "--bins", "4,8,12,16", "--pareto", "--json", "-o", out.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let column = try XCTUnwrap((object["columns"] as? [[String: Any]])?.first)
        let pareto = try XCTUnwrap(column["pareto"] as? [[String: Any]])

        // Counted here from the cells: (previous edge, edge], then More; sorted by count, ties in bin order.
        let values = try afterDays()
        let edges: [Double?] = [4, 8, 12, 16, nil]
        let counts = edges.enumerated().map { index, edge in
            let lower = index > 0 ? edges[index - 1] : nil
            return values.filter { value in lower.map { value > $0 } ?? true && edge.map { value <= $0 } ?? true }.count
        }
        let expected = counts.indices.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
        XCTAssertEqual(pareto.map { $0["count"] as? Int }, expected.map { counts[$0] })
        XCTAssertEqual(pareto.map { $0["upperEdge"] as? Double }, expected.map { edges[$0] })
        XCTAssertTrue(pareto.contains { $0["upperEdge"] is NSNull }, "the More row takes part, with a null edge")

        let written = try Workbook(path: out.path)
        var cursor = try written.cells(of: written.sheet(named: "Histogram"), formulas: true)
        var sorted: [Int] = []
        var lastCumulative: Double?
        while let cell = try cursor.next() {
            guard cell.address.rowNumber > 2 else { continue }
            if cell.address.columnNumber == 6, let count = cell.value.numericValue {
                sorted.append(Int(count))
                XCTAssertNotNil(cell.formula, "\(cell.address.a1) refers to the plain table")
            }
            if cell.address.columnNumber == 7, let fraction = cell.value.numericValue { lastCumulative = fraction }
        }
        XCTAssertEqual(sorted, expected.map { counts[$0] })
        XCTAssertEqual(try XCTUnwrap(lastCumulative), 1, accuracy: 1e-12)

        let plain = try CommandRunner.run(["histogram", workbook, "--sheet", "データ", "--columns", "D", "--bins", "4,8",
                                           "--json"])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertFalse(plain.stdout.contains("pareto"), "the Pareto rows are printed only on request")
    }

    func testTextAndErrorsFollowTheLanguage() throws {
        let folder = try temporaryFolder()
        let ja = try CommandRunner.run(["histogram", workbook, "--sheet", "データ", "--columns", "D", "--lang", "ja",
                                        "-o", folder.appendingPathComponent("ja.xlsx").path])
        XCTAssertEqual(ja.status, 0, ja.stderr)
        XCTAssertTrue(ja.stdout.contains("データ区間"), ja.stdout)
        XCTAssertTrue(ja.stdout.contains("スタージェスの公式"), ja.stdout)
        let bad = try CommandRunner.run(["histogram", workbook, "--sheet", "データ", "--columns", "D", "--bins", "5,十", "--lang", "ja"])
        XCTAssertEqual(bad.status, 64)
        XCTAssertEqual(bad.stderr, "区間の上限「十」は数値ではありません。--bins には 10,20,30 のように数値をカンマで区切って指定してください。\n")
        let defaultOutput = CommandRunner.packageRoot.appendingPathComponent("Workbooks/e-application-ttest/配布/e-application-ttest-01.histogram.xlsx")
        XCTAssertFalse(FileManager.default.fileExists(atPath: defaultOutput.path), "nothing is written when the edges are wrong")
    }
}
