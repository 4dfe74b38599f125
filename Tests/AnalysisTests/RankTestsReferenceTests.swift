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
        var logs: [String: DifferenceLog] = [:]
        for item in cases {
            let test = try MannWhitneyU.compute(variable("x", item.x), variable("y", item.y))
            XCTAssertEqual(test.method.rawValue, item.method, item.name)
            logs["U1", default: DifferenceLog()].check(test.u1, item.u1, "\(item.name) U1")
            logs["U2", default: DifferenceLog()].check(test.u2, item.u2, "\(item.name) U2")
            XCTAssertEqual(test.u, min(item.u1, item.u2), item.name)
            logs["R1", default: DifferenceLog()].check(test.first.rankSum, item.rankSums[0], "\(item.name) R1")
            logs["R2", default: DifferenceLog()].check(test.second.rankSum, item.rankSums[1], "\(item.name) R2")
            logs["median 1", default: DifferenceLog()].check(test.first.median, item.medians[0], "\(item.name) median 1")
            logs["ties", default: DifferenceLog()].check(test.tieSum, item.tieSum, "\(item.name) ties")
            logs["σ", default: DifferenceLog()].check(test.standardDeviation, item.sigma, "\(item.name) σ")
            if let z = item.z, let r = item.r {
                logs["z", default: DifferenceLog()].check(test.z, z, "\(item.name) z")
                logs["r", default: DifferenceLog()].check(test.effectSizeR, r, "\(item.name) r")
            }
            logs["p", default: DifferenceLog()].check(test.pValue, item.p, "\(item.name) p")
            logs["rank-biserial", default: DifferenceLog()].check(test.rankBiserial, item.rankBiserial, "\(item.name) rank-biserial")
        }
        for (statistic, log) in logs.sorted(by: { $0.key < $1.key }) { log.report("Mann-Whitney \(statistic)") }
    }

    func testWilcoxonAgreesWithSciPyAcrossItsMethods() throws {
        let cases = try reference().wilcoxon
        XCTAssertEqual(Set(cases.map(\.method)), ["exact", "permutation", "normal"])
        var logs: [String: DifferenceLog] = [:]
        for item in cases {
            let test = try WilcoxonSignedRank.compute(variable("x", item.x), variable("y", item.y))
            XCTAssertEqual(test.method.rawValue, item.method, item.name)
            XCTAssertEqual(test.zeroDifferences, item.zeroDifferences, item.name)
            XCTAssertEqual(test.pairs, item.x.count, item.name)
            logs["R+", default: DifferenceLog()].check(test.positiveRankSum, item.positiveRankSum, "\(item.name) R+")
            logs["R-", default: DifferenceLog()].check(test.negativeRankSum, item.negativeRankSum, "\(item.name) R-")
            logs["T", default: DifferenceLog()].check(test.t, item.t, "\(item.name) T")
            logs["ties", default: DifferenceLog()].check(test.tieSum, item.tieSum, "\(item.name) ties")
            logs["σ", default: DifferenceLog()].check(test.standardDeviation, item.sigma, "\(item.name) σ")
            logs["z", default: DifferenceLog()].check(test.z, item.z, "\(item.name) z")
            logs["p", default: DifferenceLog()].check(test.pValue, item.p, "\(item.name) p")
            logs["r", default: DifferenceLog()].check(test.effectSizeR, item.r, "\(item.name) r")
            logs["rank-biserial", default: DifferenceLog()].check(test.rankBiserial, item.rankBiserial, "\(item.name) rank-biserial")
            logs["median difference", default: DifferenceLog()].check(test.medianDifference, item.medianDifference, "\(item.name) median difference")
        }
        for (statistic, log) in logs.sorted(by: { $0.key < $1.key }) { log.report("Wilcoxon \(statistic)") }
    }

    func testKruskalWallisAndDunnAgreeWithSciPyAndTheirDefinition() throws {
        let cases = try reference().kruskal
        XCTAssertTrue(cases.contains { $0.tieSum > 0 } && cases.contains { $0.tieSum == 0 })
        var logs: [String: DifferenceLog] = [:]
        for item in cases {
            let groups = item.groups.enumerated().map { variable("g\($0.offset + 1)", $0.element) }
            let test = try KruskalWallis.compute(groups)
            XCTAssertEqual(test.degreesOfFreedom, item.df, item.name)
            logs["H", default: DifferenceLog()].check(test.h, item.h, "\(item.name) H")
            logs["p", default: DifferenceLog()].check(test.pValue, item.p, "\(item.name) p")
            logs["ties", default: DifferenceLog()].check(test.tieSum, item.tieSum, "\(item.name) ties")
            logs["ε²", default: DifferenceLog()].check(test.epsilonSquared, item.epsilonSquared, "\(item.name) ε²")
            for (group, rankSum) in zip(test.groups, item.rankSums) {
                logs["R", default: DifferenceLog()].check(group.rankSum, rankSum, "\(item.name) R")
            }
            let dunn = DunnTest.compute(test)
            XCTAssertEqual(dunn.comparisons.count, item.dunn.count, item.name)
            for (comparison, pair) in zip(dunn.comparisons, item.dunn) {
                let label = "\(item.name) \(comparison.first)-\(comparison.second)"
                XCTAssertEqual([comparison.first, comparison.second], ["g\(pair.first + 1)", "g\(pair.second + 1)"])
                logs["Dunn difference", default: DifferenceLog()].check(comparison.meanRankDifference, pair.difference, "\(label) difference")
                logs["Dunn SE", default: DifferenceLog()].check(comparison.standardError, pair.standardError, "\(label) SE")
                logs["Dunn z", default: DifferenceLog()].check(comparison.z, pair.z, "\(label) z")
                logs["Dunn p", default: DifferenceLog()].check(comparison.pValue, pair.p, "\(label) p")
                logs["Dunn Holm p", default: DifferenceLog()].check(comparison.adjustedPValue, pair.adjustedP, "\(label) Holm p")
            }
        }
        for (statistic, log) in logs.sorted(by: { $0.key < $1.key }) { log.report("Kruskal-Wallis \(statistic)") }
    }
}
