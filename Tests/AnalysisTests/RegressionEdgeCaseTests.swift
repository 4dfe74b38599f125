import XCTest
@testable import Analysis

/// Rank deficiency, too few observations, missing data and invalid input.
final class RegressionEdgeCaseTests: XCTestCase {
    private let x1: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    private let x2: [Double] = [2, 1, 4, 3, 6, 5, 8, 9]
    private let y: [Double] = [3.1, 2.9, 7.2, 6.8, 11.1, 10.7, 15.2, 17.1]

    func testDuplicateColumnIsNamedAndLeftOut() throws {
        let r = try LinearRegression.fit(y: y, data: ["x1": x1, "x2": x2, "copy": x1],
                                         terms: [Term("x1"), Term("x2"), Term("copy")])
        XCTAssertEqual(r.rank, 3)
        XCTAssertNil(r.coefficients[3].estimate)
        XCTAssertTrue(r.notes.contains(AnalysisNote(subject: "copy", reason: .aliased(with: ["x1"]))))
        // The remaining fit equals the fit without the copy.
        let reduced = try LinearRegression.fit(y: y, data: ["x1": x1, "x2": x2], terms: [Term("x1"), Term("x2")])
        XCTAssertEqual(r.coefficients[1].estimate!, reduced.coefficients[1].estimate!, accuracy: 1e-14)
        XCTAssertEqual(r.anova.residual.degreesOfFreedom, reduced.anova.residual.degreesOfFreedom)
    }

    func testSumOfColumnsIsAliasedWithBoth() throws {
        let total = zip(x1, x2).map { $0 + $1 }
        let r = try LinearRegression.fit(y: y, data: ["x1": x1, "x2": x2, "sum": total],
                                         terms: [Term("x1"), Term("x2"), Term("sum")])
        XCTAssertTrue(r.notes.contains(AnalysisNote(subject: "sum", reason: .aliased(with: ["x1", "x2"]))))
    }

    func testConstantPredictorIsNoted() throws {
        let r = try LinearRegression.fit(y: y, data: ["x1": x1, "c": Array(repeating: 5, count: 8)],
                                         terms: [Term("c"), Term("x1")])
        XCTAssertTrue(r.notes.contains(AnalysisNote(subject: "c", reason: .constant)))
        XCTAssertNil(r.coefficients[1].estimate)
        XCTAssertNotNil(r.coefficients[2].estimate)
        XCTAssertTrue(r.coefficients.allSatisfy { $0.estimate?.isFinite ?? true })
    }

    func testTooFewObservationsThrows() {
        XCTAssertThrowsError(try LinearRegression.fit(y: [1, 2], data: ["x": [1, 2]], terms: [Term("x")])) {
            XCTAssertEqual($0 as? AnalysisError,
                           .tooFewObservations(procedure: .regression(parameters: 2), needed: 3, found: 2))
        }
    }

    func testInvalidInputThrows() {
        XCTAssertThrowsError(try LinearRegression.fit(y: y, data: ["x": x1], terms: [Term("z")]))
        XCTAssertThrowsError(try LinearRegression.fit(y: y, data: ["x": [1, 2]], terms: [Term("x")]))
        XCTAssertThrowsError(try LinearRegression.fit(y: y, data: ["x": x1], terms: [Term("x", power: 0)]))
        XCTAssertThrowsError(try LinearRegression.fit(y: y, data: ["x": x1], terms: [Term("x")], confidenceLevels: [95]))
        XCTAssertThrowsError(try LinearRegression.fit(y: y, data: [:], terms: [], intercept: false))
        var bad = y
        bad[3] = .infinity
        XCTAssertThrowsError(try LinearRegression.fit(y: bad, data: ["x": x1], terms: [Term("x")]))
    }

    func testInterceptOnlyModelEstimatesTheMean() throws {
        let r = try LinearRegression.fit(y: y, data: [:], terms: [])
        XCTAssertEqual(r.coefficients[0].estimate!, y.reduce(0, +) / 8, accuracy: 1e-14)
        XCTAssertNil(r.anova.regression.f)
        XCTAssertEqual(r.rSquared!, 0, accuracy: 1e-15)
    }

    func testConstantResponseHasNoRSquared() throws {
        let r = try LinearRegression.fit(y: Array(repeating: 4, count: 8), data: ["x": x1], terms: [Term("x")])
        XCTAssertNil(r.rSquared)
        XCTAssertEqual(r.coefficients[1].estimate!, 0, accuracy: 1e-15)
    }

    func testListwiseDeletionIsRecorded() throws {
        let response = Variable(name: "支出", values: [3.1, nil, 7.2, 6.8, 11.1, 10.7, 15.2, 17.1, 20])
        let predictor = Variable(name: "人口", values: [1, 2, 3, 4, 5, 6, 7, 8, nil])
        let labels = (2...10).map { "B\($0)" }
        let r = try LinearRegression.fit(response: response, predictors: [predictor], rowLabels: labels)
        XCTAssertEqual(r.observations, 7)
        XCTAssertEqual(r.droppedRows.map(\.label), ["B3", "B10"])
        XCTAssertEqual(r.droppedRows.map(\.missingVariables), [["支出"], ["人口"]])
        XCTAssertEqual(r.coefficients.map(\.name), ["Intercept", "人口"])
    }

    func testPolynomialConvenienceMatchesExplicitTerms() throws {
        let p = try LinearRegression.polynomial(response: Variable(name: "y", values: y),
                                                x: Variable(name: "x", values: x1), degree: 2)
        let explicit = try LinearRegression.fit(y: y, data: ["x": x1], terms: [Term("x"), Term("x", power: 2)])
        XCTAssertEqual(p.coefficients.map(\.name), ["Intercept", "x", "x^2"])
        XCTAssertEqual(p.coefficients.map(\.estimate), explicit.coefficients.map(\.estimate))
        XCTAssertThrowsError(try LinearRegression.polynomial(response: Variable(name: "y", values: y),
                                                             x: Variable(name: "x", values: x1), degree: 0))
    }

    func testVarianceInflationOfTwoPredictors() throws {
        // With two predictors VIF = 1/(1 − r²), r the correlation of x1 and x2.
        let r = try LinearRegression.fit(y: y, data: ["x1": x1, "x2": x2], terms: [Term("x1"), Term("x2")])
        let mean1 = 4.5, mean2 = 4.75
        let sxy = zip(x1, x2).reduce(0) { $0 + ($1.0 - mean1) * ($1.1 - mean2) }
        let sxx = x1.reduce(0) { $0 + ($1 - mean1) * ($1 - mean1) }
        let syy = x2.reduce(0) { $0 + ($1 - mean2) * ($1 - mean2) }
        let vif = 1 / (1 - sxy * sxy / (sxx * syy))
        XCTAssertEqual(r.coefficients[1].varianceInflation!, vif, accuracy: 1e-12)
        XCTAssertEqual(r.coefficients[2].varianceInflation!, vif, accuracy: 1e-12)
        XCTAssertNil(r.coefficients[0].varianceInflation)
    }
}
