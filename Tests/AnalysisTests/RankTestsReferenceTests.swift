import Analysis
import XCTest

/// Mann–Whitney U, Wilcoxon signed-rank and Kruskal–Wallis with Dunn's comparisons agree with SciPy's
/// `mannwhitneyu`, `wilcoxon` and `kruskal` (defaults, method='auto') and with the definitions computed
/// independently in numpy, on samples with and without ties (scripts/reference/rank_tests_scipy.py).
final class RankTestsReferenceTests: XCTestCase {
    private struct Reference: Decodable {
        struct MannWhitney: Decodable {
            let name: String
            let x: [Double]
            let y: [Double]
            let u1, u2, tieSum, sigma, p, rankBiserial: Double
            let z, r: Double?
            let rankSums, medians: [Double]
            let method: String
        }
        struct Wilcoxon: Decodable {
            let name: String
            let x: [Double]
            let y: [Double]
            let zeroDifferences: Int
            let positiveRankSum, negativeRankSum, t, tieSum, sigma, z, p, r, rankBiserial, medianDifference: Double
            let method: String
        }
        struct Kruskal: Decodable {
            struct Pair: Decodable {
                let first, second: Int
                let difference, standardError, z, p, adjustedP: Double
            }
            let name: String
            let groups: [[Double]]
            let h, p, tieSum, epsilonSquared: Double
            let df: Int
            let rankSums: [Double]
            let dunn: [Pair]
        }
        let mannWhitney: [MannWhitney]
        let wilcoxon: [Wilcoxon]
        let kruskal: [Kruskal]
    }

    private func reference() throws -> Reference { try Fixtures.decode(Reference.self, from: "rank_tests_scipy.json") }

    func testMannWhitneyAgreesWithSciPyWithAndWithoutTies() throws {
        let cases = try reference().mannWhitney
        XCTAssertTrue(cases.contains { $0.method == "exact" } && cases.contains { $0.method == "normal" && $0.tieSum > 0 }
                      && cases.contains { $0.method == "normal" && $0.tieSum == 0 }, "exact, tied and large untied cases")
        var log = DifferenceLog()
        for item in cases {
            let test = try MannWhitneyU.compute(variable("x", item.x), variable("y", item.y))
            XCTAssertEqual(test.method.rawValue, item.method, item.name)
            log.check(test.u1, item.u1, "\(item.name) U1")
            log.check(test.u2, item.u2, "\(item.name) U2")
            XCTAssertEqual(test.u, min(item.u1, item.u2), item.name)
            log.check(test.first.rankSum, item.rankSums[0], "\(item.name) R1")
            log.check(test.second.rankSum, item.rankSums[1], "\(item.name) R2")
            log.check(test.first.median, item.medians[0], "\(item.name) median 1")
            log.check(test.tieSum, item.tieSum, "\(item.name) ties")
            log.check(test.standardDeviation, item.sigma, "\(item.name) σ")
            if let z = item.z, let r = item.r {
                log.check(test.z, z, "\(item.name) z")
                log.check(test.effectSizeR, r, "\(item.name) r")
            }
            log.check(test.pValue, item.p, "\(item.name) p")
            log.check(test.rankBiserial, item.rankBiserial, "\(item.name) rank-biserial")
        }
        log.report("Mann-Whitney")
    }

    func testWilcoxonAgreesWithSciPyAcrossItsMethods() throws {
        let cases = try reference().wilcoxon
        XCTAssertEqual(Set(cases.map(\.method)), ["exact", "permutation", "normal"])
        var log = DifferenceLog()
        for item in cases {
            let test = try WilcoxonSignedRank.compute(variable("x", item.x), variable("y", item.y))
            XCTAssertEqual(test.method.rawValue, item.method, item.name)
            XCTAssertEqual(test.zeroDifferences, item.zeroDifferences, item.name)
            XCTAssertEqual(test.pairs, item.x.count, item.name)
            log.check(test.positiveRankSum, item.positiveRankSum, "\(item.name) R+")
            log.check(test.negativeRankSum, item.negativeRankSum, "\(item.name) R-")
            log.check(test.t, item.t, "\(item.name) T")
            log.check(test.tieSum, item.tieSum, "\(item.name) ties")
            log.check(test.standardDeviation, item.sigma, "\(item.name) σ")
            log.check(test.z, item.z, "\(item.name) z")
            log.check(test.pValue, item.p, "\(item.name) p")
            log.check(test.effectSizeR, item.r, "\(item.name) r")
            log.check(test.rankBiserial, item.rankBiserial, "\(item.name) rank-biserial")
            log.check(test.medianDifference, item.medianDifference, "\(item.name) median difference")
        }
        log.report("Wilcoxon")
    }

    func testKruskalWallisAndDunnAgreeWithSciPyAndTheirDefinition() throws {
        let cases = try reference().kruskal
        XCTAssertTrue(cases.contains { $0.tieSum > 0 } && cases.contains { $0.tieSum == 0 })
        var log = DifferenceLog()
        for item in cases {
            let groups = item.groups.enumerated().map { variable("g\($0.offset + 1)", $0.element) }
            let test = try KruskalWallis.compute(groups)
            XCTAssertEqual(test.degreesOfFreedom, item.df, item.name)
            log.check(test.h, item.h, "\(item.name) H")
            log.check(test.pValue, item.p, "\(item.name) p")
            log.check(test.tieSum, item.tieSum, "\(item.name) ties")
            log.check(test.epsilonSquared, item.epsilonSquared, "\(item.name) ε²")
            for (group, rankSum) in zip(test.groups, item.rankSums) { log.check(group.rankSum, rankSum, "\(item.name) R") }
            let dunn = DunnTest.compute(test)
            XCTAssertEqual(dunn.comparisons.count, item.dunn.count, item.name)
            for (comparison, pair) in zip(dunn.comparisons, item.dunn) {
                let label = "\(item.name) \(comparison.first)-\(comparison.second)"
                XCTAssertEqual([comparison.first, comparison.second], ["g\(pair.first + 1)", "g\(pair.second + 1)"])
                log.check(comparison.meanRankDifference, pair.difference, "\(label) difference")
                log.check(comparison.standardError, pair.standardError, "\(label) SE")
                log.check(comparison.z, pair.z, "\(label) z")
                log.check(comparison.pValue, pair.p, "\(label) p")
                log.check(comparison.adjustedPValue, pair.adjustedP, "\(label) Holm p")
            }
        }
        log.report("Kruskal-Wallis and Dunn")
    }
}
