import XCTest
@testable import Analysis

/// The straight line a chart's trendline draws, from the centred sums: NIST StRD's straight-line set Norris
/// (y = B0 + B1·x) to LRE ≥ 9 in every certified figure, as `LinearRegression` is held to.
final class SimpleLinearFitTests: XCTestCase {
    private struct Values: Decodable {
        let beta: [Double?]
        let rSquared: Double?
        enum CodingKeys: String, CodingKey { case beta, rSquared = "r_squared" }
    }

    func testNorrisCertifiedLine() throws {
        let set = try NISTDataset("Norris")
        let certified = try set.certified(Values.self).certified
        let x = try XCTUnwrap(set.columns["x"]), y = try XCTUnwrap(set.columns["y"])
        let fit = try XCTUnwrap(SimpleLinearFit(x: x, y: y))
        for (value, reference) in [(fit.intercept, certified.beta[0]), (fit.slope, certified.beta[1]), (fit.rSquared, certified.rSquared)] {
            let reference = try XCTUnwrap(reference)
            XCTAssertGreaterThanOrEqual(logRelativeError(value, certified: reference, digits: 15), 9, "\(value) vs \(reference)")
        }
    }

    func testConstantOrTooFewPointsGiveNoLine() {
        XCTAssertNil(SimpleLinearFit(x: [1, 2], y: [3, 4]))
        XCTAssertNil(SimpleLinearFit(x: [1, 1, 1], y: [3, 4, 5]))
        XCTAssertNil(SimpleLinearFit(x: [1, 2, 3], y: [4, 4, 4]))
    }
}
