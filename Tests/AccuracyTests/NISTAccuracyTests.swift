import Foundation
import XCTest
@testable import Accuracy
import Analysis

/// `bunseki accuracy`'s computation, from the data embedded in the program: the least LRE of every NIST StRD
/// set, with the bounds the analysis tests hold the library to (NISTUnivariateTests, HypothesisTestsANOVATests,
/// NISTRegressionTests), which this check must not fall below.
final class NISTAccuracyTests: XCTestCase {
    /// The analysis tests' committed fixtures: the NIST files the data were generated from, and the ceilings.
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AnalysisTests/Fixtures/nist")

    private func results() throws -> [SetAccuracy] {
        try AccuracyCheck.run()
    }

    func testEveryNISTSetIsEmbedded() throws {
        let sets = NISTDataset.all
        XCTAssertEqual(sets.count, 31)
        XCTAssertEqual(sets.filter { $0.procedure == .univariate }.count, 9)
        XCTAssertEqual(sets.filter { $0.procedure == .linearRegression }.count, 11)
        XCTAssertEqual(sets.filter { $0.procedure == .oneWayANOVA }.count, 11)
        for set in sets {
            for column in set.columns {
                XCTAssertEqual(column.values.count, set.observations, "\(set.name) \(column.name)")
                XCTAssertFalse(column.values.contains { !$0.isFinite }, "\(set.name) \(column.name)")
            }
        }
    }

    /// The embedded data decode to exactly the Doubles of the committed CSV files.
    func testEmbeddedDataEqualTheCommittedFiles() throws {
        for set in NISTDataset.all {
            let text = try String(contentsOf: Self.fixtures.appendingPathComponent("\(set.name).csv"), encoding: .utf8)
            let lines = text.split(whereSeparator: \.isNewline)
            let header = try XCTUnwrap(lines.first).split(separator: ",").map(String.init)
            var columns = [String: [Double]]()
            for line in lines.dropFirst() {
                for (key, field) in zip(header, line.split(separator: ",")) {
                    columns[key, default: []].append(try XCTUnwrap(Double(field)))
                }
            }
            for column in set.columns {
                XCTAssertEqual(column.values, columns[column.name], "\(set.name) \(column.name)")
            }
        }
    }

    func testRegressionSetsReachLRE13OnEveryCertifiedValue() throws {
        for set in try results() where set.procedure == .linearRegression {
            XCTAssertGreaterThanOrEqual(set.minimumLRE, 13, "\(set.name) at \(set.minimumAt)")
            // Wampler1 and Wampler2 fit exactly: NIST certifies their F as +∞, the one value not scored.
            let unscored = set.values.filter { $0.lre == nil }.map(\.quantity)
            XCTAssertEqual(unscored, ["Wampler1", "Wampler2"].contains(set.name) ? ["anova.regression.f"] : [], set.name)
        }
    }

    /// Univariate and ANOVA: every value within 0.5 of the best LRE a Double input allows, as the analysis tests
    /// require, so the per-set minimum is at least the set's lowest ceiling less 0.5.
    func testUnivariateAndANOVASetsReachTheDoubleCeilings() throws {
        let decoder = JSONDecoder()
        var ceilings = try decoder.decode([String: [String: Double]].self,
                                          from: Data(contentsOf: Self.fixtures.appendingPathComponent("univariate_ceilings.json")))
        ceilings.merge(try decoder.decode([String: [String: Double]].self,
                                          from: Data(contentsOf: Self.fixtures.appendingPathComponent("anova_ceilings.json")))) { a, _ in a }
        var checked = 0
        for set in try results() where set.procedure != .linearRegression {
            let perValue = try XCTUnwrap(ceilings[set.name], set.name)
            XCTAssertEqual(Set(set.values.map(\.quantity)), Set(perValue.keys), set.name)
            for value in set.values {
                let ceiling = try XCTUnwrap(perValue[value.quantity])
                XCTAssertEqual(value.ceiling, ceiling, "\(set.name) \(value.quantity): the embedded ceiling is the fixture's")
                XCTAssertGreaterThanOrEqual(try XCTUnwrap(value.lre), ceiling - 0.5, "\(set.name) \(value.quantity)")
                checked += 1
            }
            XCTAssertGreaterThanOrEqual(set.minimumLRE, (perValue.values.min() ?? 0) - 0.5, set.name)
        }
        XCTAssertEqual(checked, 9 * 3 + 11 * 7)
    }

    func testLogRelativeErrorFollowsNIST() {
        XCTAssertEqual(LogRelativeError.of(1.000001, certified: 1, digits: 15), 6, accuracy: 1e-9)
        XCTAssertEqual(LogRelativeError.of(1, certified: 1, digits: 15), 15)
        XCTAssertEqual(LogRelativeError.of(1e-20, certified: 0, digits: 15), 15)
        XCTAssertEqual(LogRelativeError.of(1e-9, certified: 0, digits: 15), 9, accuracy: 1e-9)
        XCTAssertEqual(LogRelativeError.of(5, certified: 1, digits: 15), 0)
        XCTAssertEqual(LogRelativeError.of(nil, certified: 1, digits: 15), 0)
        XCTAssertEqual(LogRelativeError.of(.nan, certified: 1, digits: 15), 0)
    }

    /// Prints the table docs/ACCURACY.md quotes.
    func testPrintsTheMinimumPerSet() throws {
        var lines = ["set        procedure          min LRE  at                    ceiling"]
        for set in try results() {
            lines.append(set.name.padding(toLength: 11, withPad: " ", startingAt: 0)
                         + set.procedure.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)
                         + String(format: "%6.1f   ", set.minimumLRE)
                         + set.minimumAt.padding(toLength: 22, withPad: " ", startingAt: 0)
                         + (set.ceiling.map { String(format: "%.1f", $0) } ?? "—"))
        }
        print("NIST StRD through `bunseki accuracy`\n" + lines.joined(separator: "\n"))
    }
}
