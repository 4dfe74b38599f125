import XCTest
@testable import Analysis

/// `DifferenceInDifferences` against statsmodels (scripts/reference/did_statsmodels.py) on balanced and
/// unbalanced designs, with and without units; the regression form equals the 2×2 form to 1e-12.
final class DifferenceInDifferencesTests: XCTestCase {
    private struct Row: Decodable { let office, period, unit: String; let value: Double }
    private struct Reference: Decodable {
        let estimate, se, t, p, lower, upper, df: Double
    }
    private struct Cell: Decodable { let count: Int; let mean: Double }
    private struct Design: Decodable {
        let name, treated: String
        let after, periods: [String]
        let rows: [Row]
        let use_units: Bool
        let cells: [String: Cell]
        let did: [String: Reference]
        let weaker: [String: Reference]
        let pre_trend: [String: Reference]?
    }
    private struct File: Decodable { let designs: [Design] }

    private func compute(_ d: Design) throws -> DifferenceInDifferences {
        try DifferenceInDifferences.compute(
            valueName: "待ち時間", values: d.rows.map(\.value), treated: d.rows.map { $0.office == d.treated },
            periods: d.rows.map(\.period), periodOrder: d.periods, afterPeriods: Set(d.after),
            units: d.use_units ? d.rows.map(\.unit) : nil)
    }

    private func relative(_ a: Double?, _ b: Double) -> Double {
        guard let a else { return .infinity }
        return abs(a - b) / max(abs(b), 1e-300)
    }

    func testAgreesWithStatsmodels() throws {
        let designs = try Fixtures.decode(File.self, from: "did_statsmodels.json").designs
        XCTAssertEqual(designs.map(\.name), ["balanced", "unbalanced", "no_units", "diverging"])
        var largest: [String: (Double, String)] = [:]
        func check(_ what: String, _ e: DifferenceInDifferences.Estimate, _ r: Reference, _ design: String) {
            for (name, ours, theirs) in [("estimate", e.estimate, r.estimate), ("se", e.standardError, r.se),
                                         ("t", e.tStat ?? .nan, r.t), ("p", e.pValue ?? .nan, r.p),
                                         ("lower", e.lower ?? .nan, r.lower), ("upper", e.upper ?? .nan, r.upper)] {
                let d = relative(ours, theirs)
                XCTAssertLessThan(d, 1e-9, "\(design) \(what) \(name): \(ours) vs \(theirs)")
                if d > largest[name, default: (0, "")].0 { largest[name] = (d, "\(design) \(what)") }
            }
            XCTAssertEqual(Double(e.degreesOfFreedom), r.df, "\(design) \(what) df")
        }
        for d in designs {
            let result = try compute(d)
            XCTAssertEqual(result.treatedBefore.count, d.cells["tb"]?.count)
            XCTAssertEqual(result.comparisonAfter.count, d.cells["ca"]?.count)
            XCTAssertLessThan(relative(result.treatedAfter.mean, d.cells["ta"]!.mean), 1e-14)
            XCTAssertEqual(result.regression.map(\.kind.rawValue).sorted(), d.did.keys.sorted())
            for e in result.regression {
                check("did \(e.kind)", e, d.did[e.kind.rawValue]!, d.name)
                XCTAssertEqual(e.estimate, result.estimate, accuracy: 1e-12, "regression form equals the 2×2 form")
            }
            check("treated change", result.treatedChange, d.weaker["treated_change"]!, d.name)
            check("after difference", result.afterDifference, d.weaker["after_difference"]!, d.name)
            XCTAssertEqual(result.preTrend == nil, d.pre_trend == nil, d.name)
            for e in result.preTrend?.estimates ?? [] { check("pre-trend \(e.kind)", e, d.pre_trend![e.kind.rawValue]!, d.name) }
        }
        print("largest relative difference from statsmodels:",
              largest.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.0) (\($0.value.1))" }.joined(separator: "; "))
    }

    func testDivergingPreTrendsAreFlagged() throws {
        let d = try Fixtures.decode(File.self, from: "did_statsmodels.json").designs.first { $0.name == "diverging" }!
        let result = try compute(d)
        XCTAssertLessThan(result.preTrend!.estimates.first { $0.kind == .cluster }!.pValue!, 0.05)
        XCTAssertEqual(result.primaryKind, .cluster)
    }
}
