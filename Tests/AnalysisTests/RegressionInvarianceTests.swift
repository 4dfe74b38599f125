import XCTest
@testable import Analysis

/// Properties the fit must have whatever the data's order and units (numerics reference §3.5).
final class RegressionInvarianceTests: XCTestCase {
    private func longley() throws -> (y: [Double], data: [String: [Double]], terms: [Term]) {
        let set = try NISTDataset("Longley")
        var data = set.columns
        let y = try XCTUnwrap(data.removeValue(forKey: "y"))
        return (y, data, (1...6).map { Term("x\($0)") })
    }

    private func digits(_ a: Double?, _ b: Double?) throws -> Double {
        logRelativeError(try XCTUnwrap(a), certified: try XCTUnwrap(b), digits: 15)
    }

    func testRowPermutationAndPowerOfTwoScalingChangeNothing() throws {
        let (y, data, terms) = try longley()
        let base = try LinearRegression.fit(y: y, data: data, terms: terms)
        let reversed = try LinearRegression.fit(y: y.reversed(), data: data.mapValues { $0.reversed() }, terms: terms)
        // Scaling x_j by 2^j is exact, so β_j must scale by exactly 2^−j (up to the solver's error).
        var scaled = data
        for j in 1...6 { scaled["x\(j)"] = data["x\(j)"]?.map { $0 * Double(1 << j) } }
        let rescaled = try LinearRegression.fit(y: y, data: scaled, terms: terms)
        for j in 0...6 {
            XCTAssertGreaterThanOrEqual(try digits(reversed.coefficients[j].estimate, base.coefficients[j].estimate), 13)
            let factor = j == 0 ? 1 : Double(1 << j)
            let unscaled = rescaled.coefficients[j].estimate.map { $0 * factor }
            XCTAssertGreaterThanOrEqual(try digits(unscaled, base.coefficients[j].estimate), 13)
            XCTAssertGreaterThanOrEqual(try digits(reversed.coefficients[j].standardError,
                                                   base.coefficients[j].standardError), 13)
        }
        XCTAssertGreaterThanOrEqual(try digits(rescaled.rSquared, base.rSquared), 14)
    }

    func testRankDecisionAtGradedCollinearity() throws {
        let x1: [Double] = (1...20).map { Double($0) }
        let wiggle: [Double] = (1...20).map { $0 % 2 == 0 ? 1 : -1 }
        let noise: [Double] = (1...20).map { $0 % 3 == 0 ? 0.4 : -0.2 }
        let y: [Double] = zip(x1, noise).map { 3 + 0.5 * $0 + $1 }
        for (delta, aliased) in [(1e-14, true), (1e-10, false), (1e-8, false)] {
            let x2 = zip(x1, wiggle).map { $0 * (1 + delta * $1) }
            let fit = try LinearRegression.fit(y: y, data: ["x1": x1, "x2": x2], terms: [Term("x1"), Term("x2")])
            XCTAssertEqual(fit.coefficients[2].estimate == nil, aliased, "δ = \(delta)")
            if aliased {
                XCTAssertTrue(fit.notes.contains(AnalysisNote(subject: "x2", reason: .aliased(with: ["x1"]))))
            } else {
                XCTAssertTrue(fit.notes.contains { if case .nearCollinear = $0.reason { true } else { false } },
                              "δ = \(delta) must be flagged")
            }
        }
    }
}
