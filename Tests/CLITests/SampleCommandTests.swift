import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki sample`: a periodic sample counted by hand, a seeded random sample reproduced and drawn
/// from the column, and the choice between the two enforced.
final class SampleCommandTests: XCTestCase {
    private var folder: URL!
    private var input: String!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("bunseki-sample").url
        input = folder.appendingPathComponent("visits.csv").path
        try "日,来庁者\n1,10\n2,20\n3,\n4,30\n5,40\n6,50\n7,60\n8,70\n".write(toFile: input, atomically: true, encoding: .utf8)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandRunner.run(["sample", input, "--column", "来庁者"] + arguments + ["--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    func testPeriodicSampleSkipsTheBlankAndWritesTheSheet() throws {
        let out = folder.appendingPathComponent("p.xlsx").path
        // Present values 10, 20, 30, …, 70: positions 3 and 6 hold 30 and 60.
        XCTAssertEqual(try json(["--periodic", "3", "-o", out, "--lang", "en"])["sample"] as? [Double], [30, 60])
        let book = try Workbook(path: out)
        let cells = try book.cellsByAddress(sheet: "Sampling", formulas: true)
        XCTAssertEqual(cells["A6"]?.value.numericValue, 60)
        XCTAssertEqual(cells["A6"]?.formula?.hasSuffix(",6)"), true)
        XCTAssertEqual(book.sheets.map(\.name), ["Data", "Sampling", "Reading"])
    }

    func testRandomSampleReadingNamesTheSeedInJapanese() throws {
        let out = folder.appendingPathComponent("r.xlsx").path
        XCTAssertEqual((try json(["--random", "5", "--seed", "11", "-o", out, "--lang", "ja"])["sample"] as? [Double])?.count, 5)
        let book = try Workbook(path: out)
        XCTAssertEqual(book.sheets.map(\.name), ["データ", "サンプリング", "解釈"])
        var cursor = try book.cells(of: book.sheet(named: "解釈"))
        var texts: [String] = []
        while let cell = try cursor.next() { if case .text(let text) = cell.value { texts.append(text) } }
        // 7 present values in the column (one blank skipped).
        XCTAssertTrue(texts.contains { $0.hasPrefix("来庁者: 7 個の値から 5 個を無作為に復元抽出しました") && $0.contains("シード 11") },
                      texts.joined(separator: "\n"))
    }

    func testSeededRandomSampleIsReproducedAndDrawnFromTheColumn() throws {
        let first = try XCTUnwrap(json(["--random", "20", "--seed", "7"])["sample"] as? [Double])
        XCTAssertEqual(first.count, 20)
        XCTAssertTrue(first.allSatisfy { [10, 20, 30, 40, 50, 60, 70].contains($0) }, "\(first)")
        XCTAssertEqual(try json(["--random", "20", "--seed", "7"])["sample"] as? [Double], first)
        XCTAssertNotEqual(try json(["--random", "20", "--seed", "8"])["sample"] as? [Double], first)
    }

    func testExactlyOneMethodIsRequired() throws {
        let run = try CommandRunner.run(["sample", input, "--column", "来庁者", "--periodic", "2", "--random", "3", "--lang", "en"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.stderr.contains("Give exactly one of --periodic"), run.stderr)
    }
}
