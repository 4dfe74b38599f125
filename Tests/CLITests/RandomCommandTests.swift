import Foundation
import XCTest
import XLSXReader
import TestSupport

/// `bunseki random`: a patterned run written out by hand, seeded draws reproduced and within their
/// distribution's support and moments, and the workbook holding the JSON numbers and the seed.
final class RandomCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try TemporaryFolder("bunseki-random").url
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    private func variables(_ arguments: [String]) throws -> [[Double]] {
        let run = try CommandRunner.run(["random"] + arguments + ["--json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try XCTUnwrap(object["variables"] as? [[Double]])
    }

    /// The closing sentence names the distribution in the chosen language, with no English in the Japanese.
    func testTheDistributionIsNamedInTheChosenLanguage() throws {
        let out = folder.appendingPathComponent("n.xlsx").path
        let ja = try CommandRunner.run(["random", "--distribution", "normal", "--mean", "50", "--sd", "10", "--count", "3",
                                        "-o", out, "--lang", "ja"])
        XCTAssertEqual(ja.status, 0, ja.stderr)
        XCTAssertTrue(ja.stdout.hasPrefix("正規分布 (平均 50、標準偏差 10) の数を 3 行 × 1 列、"), ja.stdout)
        let en = try CommandRunner.run(["random", "--distribution", "poisson", "--mean", "2.5", "--count", "3", "--force",
                                        "-o", out, "--lang", "en"])
        XCTAssertTrue(en.stdout.hasPrefix("Wrote 3 rows × 1 columns of Poisson(λ 2.5) to "), en.stdout)
    }

    func testPatternedRunRepeatsEachValueThenTheSequence() throws {
        let columns = try variables(["--distribution", "patterned", "--from", "1", "--to", "2", "--step", "0.5",
                                     "--repeat-each", "2", "--repeat-sequence", "2", "--variables", "2"])
        let run: [Double] = [1, 1, 1.5, 1.5, 2, 2]
        XCTAssertEqual(columns, [run + run, run + run])
    }

    func testSeededDrawsAreReproducedAndDifferBySeed() throws {
        let arguments = ["--distribution", "uniform", "--lower", "10", "--upper", "20", "--count", "50", "--variables", "3"]
        let first = try variables(arguments + ["--seed", "42"])
        XCTAssertEqual(first.map(\.count), [50, 50, 50])
        XCTAssertTrue(first.joined().allSatisfy { (10..<20).contains($0) })
        XCTAssertEqual(try variables(arguments + ["--seed", "42"]), first)
        XCTAssertNotEqual(try variables(arguments + ["--seed", "43"]), first)
    }

    func testDrawsFollowTheirDistributions() throws {
        // 20 000 normal(50, 10) draws: the mean lies within 4 standard errors (4 · 10/√20000 ≈ 0.28) of 50.
        let normal = try variables(["--distribution", "normal", "--mean", "50", "--sd", "10", "--count", "20000", "--seed", "1"])[0]
        XCTAssertEqual(normal.reduce(0, +) / Double(normal.count), 50, accuracy: 0.28)
        // Poisson(3): mean 3, standard error √(3/20000) ≈ 0.012.
        let poisson = try variables(["--distribution", "poisson", "--mean", "3", "--count", "20000", "--seed", "2"])[0]
        XCTAssertEqual(poisson.reduce(0, +) / Double(poisson.count), 3, accuracy: 0.05)
        let discrete = try variables(["--distribution", "discrete", "--values", "1,5,9", "--weights", "1,0,1", "--count", "200",
                                      "--seed", "3"])[0]
        XCTAssertEqual(Set(discrete), [1, 9])
        let bernoulli = try variables(["--distribution", "bernoulli", "--probability", "0.3", "--count", "200", "--seed", "4"])[0]
        XCTAssertEqual(Set(bernoulli), [0, 1])
    }

    func testWorkbookHoldsTheNumbersAndNamesTheSeed() throws {
        let out = folder.appendingPathComponent("r.xlsx").path
        let columns = try variables(["--distribution", "binomial", "--trials", "10", "--probability", "0.4", "--count", "5",
                                     "--seed", "20261127", "-o", out, "--lang", "en"])
        let book = try Workbook(path: out)
        let cells = try book.cellsByAddress(sheet: "Random Number Generation")
        guard case .text(let note)? = cells["A2"]?.value else { return XCTFail("A2 holds no note") }
        XCTAssertTrue(note.contains("binomial(trials 10, p 0.4)") && note.contains("Seed 20261127"), note)
        XCTAssertEqual((5...9).map { cells["A\($0)"]?.value.numericValue }, columns[0].map { $0 })
        XCTAssertEqual(book.sheets.map(\.name), ["Random Number Generation", "Moments", "Reading"])
        var moments = try book.cells(of: book.sheet(named: "Moments"), formulas: true)
        var formulas: [String] = []
        while let cell = try moments.next() { if let formula = cell.formula { formulas.append(formula) } }
        XCTAssertTrue(formulas.contains("AVERAGE('Random Number Generation'!$A$5:$A$9)"), "\(formulas)")
        XCTAssertTrue(formulas.contains { $0.hasPrefix("SQRT(") }, "binomial SD √(n·p·(1−p)) as a formula: \(formulas)")
    }

    func testImpossibleParametersStopWithOneSentence() throws {
        let missingCount = try CommandRunner.run(["random", "--distribution", "uniform", "--json", "--lang", "en"])
        XCTAssertEqual(missingCount.status, 64)
        XCTAssertTrue(missingCount.stderr.contains("--count 0 cannot be used; give a whole number from 1 to 1048575."), missingCount.stderr)
        let run = try CommandRunner.run(["random", "--distribution", "bernoulli", "--probability", "1.5", "--count", "3",
                                         "--json", "--lang", "en"])
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.stderr.contains("The probability 1.5 is not between 0 and 1."), run.stderr)
    }

    /// A distribution's parameter is told with its option as typed, in the chosen language.
    func testImpossibleParametersNameTheOptionInJapanese() throws {
        let cases: [([String], String)] = [
            (["--distribution", "normal", "--sd=-1", "--count", "2"], "--sd -1 は使えません。0 以上の数を指定してください。\n"),
            (["--distribution", "patterned", "--step", "0"], "--step 0 は使えません。0 より大きい数を指定してください。\n"),
            (["--distribution", "patterned", "--repeat-each", "0"], "--repeat-each 0 は使えません。1 以上の整数を指定してください。\n"),
            (["--distribution", "patterned", "--to", "2000000"],
             "パターンが 2000000 個の値になり、上限 1000000 個を超えています。\n"),
        ]
        for (arguments, message) in cases {
            let run = try CommandRunner.run(["random"] + arguments + ["--json", "--lang", "ja"])
            XCTAssertEqual(run.status, 64, "\(arguments)")
            XCTAssertEqual(run.stderr, message, "\(arguments)")
        }
    }
}
