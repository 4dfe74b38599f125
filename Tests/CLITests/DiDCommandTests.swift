import Foundation
import XCTest
import TestSupport

/// `bunseki did` as a participant runs it: the estimate in the JSON equals the 2×2 of plain means, and every
/// mistake is one sentence with exit status 1.
final class DiDCommandTests: XCTestCase {
    private let data = "Tests/CLITests/Fixtures/did_offices.csv"
    private let base = ["--value", "待ち時間", "--group", "窓口", "--period", "期間"]

    private func run(_ extra: [String], lang: String = "en") throws -> CommandRunner.Result {
        try CommandRunner.run(["did", data] + base + extra + ["--lang", lang])
    }

    /// The 2×2 of means recomputed from the CSV's lines, for the estimate to be compared with.
    private func plainEstimate() throws -> Double {
        let text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(data), encoding: .utf8)
        var sums: [String: (Double, Int)] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard fields.count == 4, let value = Double(fields[3]) else { continue }
            let key = (fields[0] == "A支所" ? "T" : "C") + (fields[1].hasPrefix("2024") ? "after" : "before")
            sums[key, default: (0, 0)].0 += value
            sums[key, default: (0, 0)].1 += 1
        }
        let mean = { (key: String) in sums[key].map { $0.0 / Double($0.1) } ?? .nan }
        return (mean("Tafter") - mean("Tbefore")) - (mean("Cafter") - mean("Cbefore"))
    }

    func testTheEstimateIsTheDifferenceOfDifferencesOfPlainMeans() throws {
        let result = try run(["--treated", "A支所", "--after", "2024上,2024下", "--unit", "来庁者", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["tool"] as? String, "did")
        let estimate = try XCTUnwrap((object["result"] as? [String: Any])?["estimate"] as? NSNumber).doubleValue
        let expected = try plainEstimate()
        XCTAssertEqual(estimate, expected, accuracy: 1e-12 * abs(expected))
    }

    func testTheReadingNeverSaysNoEffect() throws {
        let result = try run(["--treated", "A支所", "--after", "2024上,2024下", "-o",
                              try temporaryFolder().appendingPathComponent("d.xlsx").path], lang: "ja")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("効果がない"), result.stdout)
        XCTAssertTrue(result.stdout.contains("仮定"), result.stdout)
    }

    func testMistakesAreOneSentenceNamingWhatExists() throws {
        let treated = try run(["--treated", "D支所", "--after", "2024上,2024下"], lang: "ja")
        XCTAssertEqual(treated.status, 1)
        XCTAssertEqual(treated.stderr, "did_offices.csv: 列「窓口」に --treated の「D支所」はありません。ある値: 本庁、A支所、B支所、C支所。\n")
        let after = try run(["--treated", "A支所", "--after", "2025上"])
        XCTAssertEqual(after.status, 1)
        XCTAssertEqual(after.stderr, "did_offices.csv: column '期間' holds no '2025上' (--after); it holds: 2023上, 2023下, 2024上, 2024下.\n")
        let everything = try run(["--treated", "A支所", "--after", "2023上,2023下,2024上,2024下"])
        XCTAssertEqual(everything.status, 1)
        XCTAssertFalse(everything.stderr.contains("Unexpected"), everything.stderr)
        XCTAssertEqual(everything.stderr.split(separator: "\n").count, 1, everything.stderr)
    }
}
