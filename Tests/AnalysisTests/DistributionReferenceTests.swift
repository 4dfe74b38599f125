import XCTest
@testable import Analysis

/// Distributions against mpmath references (scripts/reference/distributions.py).
final class DistributionReferenceTests: XCTestCase {
    private struct Table: Decodable {
        struct Value: Decodable {
            let family: String
            let parameters: [Double]?
            let x: Double
            let cdf: String?
            let sf: String?
        }
        struct Quantile: Decodable {
            let family: String
            let parameters: [Double]?
            let tail: String
            let probability: Double
            let x: String
            let condition: String?
        }
        let values: [Value]
        let quantiles: [Quantile]
    }

    /// The distribution a fixture row names; a family this test does not know fails it (the fixture is committed).
    private func distribution(_ family: String, _ parameters: [Double]?) throws -> any ContinuousDistribution {
        let p = parameters ?? []
        switch family {
        case "normal": return Normal.standard
        case "t": return try StudentT(degreesOfFreedom: p[0])
        case "chisq": return try ChiSquared(degreesOfFreedom: p[0])
        case "f": return try FisherF(numeratorDegreesOfFreedom: p[0], denominatorDegreesOfFreedom: p[1])
        default: throw UnknownFamily(family: family)
        }
    }

    private struct UnknownFamily: Error, CustomStringConvertible {
        let family: String
        var description: String { "unknown family \(family) in distributions.json" }
    }

    private func table() throws -> Table { try Fixtures.decode(Table.self, from: "distributions.json") }

    func testTailsWithinOneInTenToTheTwelve() throws {
        let table = try table()
        var worst = [String: Double]()
        for row in table.values {
            let dist = try distribution(row.family, row.parameters)
            for (name, reference, estimate) in [("cdf", row.cdf, dist.cdf(row.x)), ("sf", row.sf, dist.sf(row.x))] {
                guard let text = reference, let expected = Double(text) else { continue }
                let error = relativeError(estimate, expected)
                worst[row.family] = max(worst[row.family] ?? 0, error)
                XCTAssertLessThanOrEqual(error, 1e-12,
                                         "\(row.family)\(row.parameters ?? []) \(name)(\(row.x)) = \(estimate), reference \(text)")
            }
        }
        print("distribution tails, largest relative error:", worst.sorted { $0.key < $1.key })
        XCTAssertEqual(Set(worst.keys), ["normal", "t", "chisq", "f"])
    }

    func testQuantilesWithinConditionScaledTolerance() throws {
        let table = try table()
        var worst = 0.0
        for row in table.quantiles {
            let dist = try distribution(row.family, row.parameters)
            let expected = try XCTUnwrap(Double(row.x))
            let estimate = row.tail == "lower" ? dist.quantile(row.probability) : dist.inverseSurvival(row.probability)
            // The attainable relative error of x is the tail's error times κ = |p/(x·density)|.
            let kappa = row.condition.flatMap(Double.init) ?? .infinity
            let scale = expected == 0 ? 1 : abs(expected) * max(1, min(kappa, 1e6))
            let error = abs(estimate - expected) / scale
            worst = max(worst, error)
            XCTAssertLessThanOrEqual(error, 1e-12,
                                     "\(row.family)\(row.parameters ?? []) \(row.tail) quantile(\(row.probability)) = \(estimate), reference \(row.x)")
        }
        print("distribution quantiles, largest condition-scaled error:", worst)
        XCTAssertGreaterThan(table.quantiles.count, 500)
    }
}
