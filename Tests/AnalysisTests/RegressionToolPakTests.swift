import XCTest
@testable import Analysis

/// toolpak.md §7.1 (x = 1…9, y = 2,1,4,3,6,5,9,8,7); reference digits from statsmodels and exact
/// fractions (slope 53/60, intercept 7/12, SSE 791/60).
final class RegressionToolPakTests: XCTestCase {
    private let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    private let y: [Double] = [2, 1, 4, 3, 6, 5, 9, 8, 7]

    private func fit(intercept: Bool = true) throws -> RegressionResult {
        try LinearRegression.fit(y: y, data: ["x": x], terms: [Term("x")], intercept: intercept,
                                 confidenceLevels: [0.95, 0.99])
    }

    func testSummaryAndAnovaWithIntercept() throws {
        let r = try fit()
        XCTAssertEqual(r.coefficients.map(\.name), ["Intercept", "x"])
        XCTAssertEqual(r.coefficients[0].estimate!, 7.0 / 12.0, accuracy: 1e-15)
        XCTAssertEqual(r.coefficients[1].estimate!, 53.0 / 60.0, accuracy: 1e-15)
        XCTAssertEqual(r.rSquared!, 0.7802777777777777, accuracy: 1e-15)
        XCTAssertEqual(r.adjustedRSquared!, 0.7488888888888889, accuracy: 1e-15)
        XCTAssertEqual(r.multipleR!, 0.7802777777777777.squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(r.standardError, 1.37234592334926, accuracy: 1e-14)
        XCTAssertEqual(r.observations, 9)
        XCTAssertEqual([r.anova.regression.degreesOfFreedom, r.anova.residual.degreesOfFreedom,
                        r.anova.total.degreesOfFreedom], [1, 7, 8])
        XCTAssertEqual(r.anova.residual.sumOfSquares, 791.0 / 60.0, accuracy: 1e-13)
        XCTAssertEqual(r.anova.total.sumOfSquares, 60)
        XCTAssertEqual(r.anova.regression.f!, 24.858407079646017, accuracy: 1e-12)
        XCTAssertEqual(r.anova.regression.significanceF!, 0.0015905004234978695, accuracy: 1e-16)
        // Simple regression: Significance F equals the slope's p-value.
        XCTAssertEqual(r.coefficients[1].pValue!, r.anova.regression.significanceF!, accuracy: 1e-16)
        XCTAssertEqual(r.coefficients[0].standardError!, 0.9969862, accuracy: 5e-8)
        // ToolPak: Lower/Upper 95 % = [−1.774164, 2.940831] and [0.464395, 1.302272].
        XCTAssertEqual(r.coefficients[0].intervals[0].lower, -1.774164, accuracy: 5e-7)
        XCTAssertEqual(r.coefficients[1].intervals[0].upper, 1.302272, accuracy: 5e-7)
        XCTAssertEqual(r.coefficients[1].intervals.map(\.level), [0.95, 0.99])
        // In simple regression the standardized slope is the correlation, Multiple R = 0.883333.
        XCTAssertEqual(r.coefficients[1].standardized!, 53.0 / 60.0, accuracy: 1e-15)
        XCTAssertNil(r.coefficients[0].standardized)
    }

    func testResidualAndProbabilityOutput() throws {
        let r = try fit()
        let expected = [0.41546181, -1.0516377, 0.59722635, -0.86987316, 0.77899089,
                        -0.68810862, 1.73974631, 0.27264681, -1.19445269]
        for (value, reference) in zip(try XCTUnwrap(r.residuals.standardResiduals), expected) {
            XCTAssertEqual(value, reference, accuracy: 5e-8)
        }
        XCTAssertEqual(r.residuals.predicted[0] + r.residuals.residuals[0], 2, accuracy: 1e-15)
        XCTAssertEqual(r.probability.percentiles[0], 100.0 / 18.0, accuracy: 1e-13)
        XCTAssertEqual(r.probability.percentiles[8], 1700.0 / 18.0, accuracy: 1e-13)
        XCTAssertEqual(r.probability.sortedY, [1, 2, 3, 4, 5, 6, 7, 8, 9])
        XCTAssertEqual(r.durbinWatson!, 2.761736198904341, accuracy: 1e-13)
        // Leverages of a simple regression: 1/n + (x − x̄)²/Σ(x − x̄)².
        XCTAssertEqual(r.residuals.leverage[0], 1.0 / 9.0 + 16.0 / 60.0, accuracy: 1e-15)
    }

    func testConstantIsZero() throws {
        let r = try fit(intercept: false)
        XCTAssertEqual(r.coefficients.map(\.name), ["x"])
        XCTAssertEqual(r.coefficients[0].estimate!, 0.9754386, accuracy: 5e-8)
        XCTAssertEqual(r.coefficients[0].standardError!, 0.07787774, accuracy: 5e-9)
        XCTAssertEqual(r.rSquared!, 0.9514804555247769, accuracy: 1e-15)
        XCTAssertEqual(r.adjustedRSquared!, 0.945415512465374, accuracy: 1e-15)
        XCTAssertEqual(r.anova.total.sumOfSquares, 285)
        XCTAssertEqual(r.anova.total.degreesOfFreedom, 9)
        XCTAssertEqual(r.anova.regression.sumOfSquares, 271.1719298245614, accuracy: 1e-12)
        XCTAssertEqual(r.anova.regression.f!, 156.88200964222284, accuracy: 1e-10)
        XCTAssertEqual(r.anova.regression.significanceF!, 1.5457262194717385e-06, accuracy: 1e-18)
    }

    func testPredictionIntervals() throws {
        // statsmodels get_prediction at x = 12.
        let p = try fit().predict(["x": 12])
        XCTAssertEqual(p.predicted, 11.183333333333335, accuracy: 1e-13)
        XCTAssertEqual(p.standardErrorOfMean, 1.3218603613146191, accuracy: 1e-13)
        XCTAssertEqual(p.meanInterval.lower, 8.057630265749587, accuracy: 1e-12)
        XCTAssertEqual(p.predictionInterval.upper, 15.688949804639066, accuracy: 1e-12)
        XCTAssertThrowsError(try fit().predict(["z": 1]))
    }
}
