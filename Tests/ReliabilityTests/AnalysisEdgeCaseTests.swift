import Analysis
import Foundation
import XCTest

/// Degenerate data ends in a note or a typed error, never NaN or a trap. Results are Codable, and
/// JSONEncoder's default refuses NaN and ±∞ anywhere inside, so encoding a result proves it clean.
final class AnalysisEdgeCaseTests: XCTestCase {
    private func assertFinite<T: Encodable>(_ result: T, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNoThrow(try JSONEncoder().encode(result), "a NaN or infinity inside the result", file: file, line: line)
    }

    private func notes(_ statistics: DescriptiveStatistics) -> [AnalysisNote.Reason] { statistics.notes.map(\.reason) }

    func testConstantColumn() throws {
        let statistics = try DescriptiveStatistics.compute([5, 5, 5, 5])
        assertFinite(statistics)
        XCTAssertEqual(statistics.standardDeviation, 0)
        XCTAssertNil(statistics.skewness)
        XCTAssertNil(statistics.kurtosis)
        XCTAssertTrue(notes(statistics).contains(.zeroVariance), "\(statistics.notes)")
    }

    func testAllMissing() throws {
        let column = Variable(name: "残業", values: [nil, nil, nil])
        XCTAssertThrowsError(try DescriptiveStatistics.compute(column)) { error in
            guard case .tooFewObservations(_, _, 0) = error as? AnalysisError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try LinearRegression.fit(response: column, predictors: [Variable(name: "x", values: [1, 2, 3])])) { error in
            guard case .tooFewObservations = error as? AnalysisError else { return XCTFail("\(error)") }
        }
    }

    func testOneAndTwoObservations() throws {
        let one = try DescriptiveStatistics.compute([3])
        assertFinite(one)
        XCTAssertEqual(one.mean, 3)
        XCTAssertNil(one.standardDeviation, "n − 1 = 0")
        XCTAssertTrue(notes(one).contains(.needsAtLeast(2)), "\(one.notes)")

        let two = try DescriptiveStatistics.compute([1, 4])
        assertFinite(two)
        XCTAssertEqual(two.variance, 4.5)
        XCTAssertNil(two.skewness, "skewness needs three values")

        XCTAssertThrowsError(try TTest.twoSample(Variable(name: "a", values: [1]), Variable(name: "b", values: [2, 3]), equalVariances: true))
        XCTAssertThrowsError(try LinearRegression.fit(y: [1, 2], data: ["x": [1, 2]], terms: [Term("x")])) { error in
            guard case .tooFewObservations(_, let needed, 2) = error as? AnalysisError else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(needed, 2)
        }
    }

    /// Near 1e300 the squared deviations overflow and near 1e-300 they underflow; the moments are taken
    /// of exactly rescaled values, so the SD, skewness and kurtosis come out right. The variance of
    /// values near 1e300 (about 1e600) is beyond a Double: it is left out with a note, never +∞ or NaN.
    func testExtremeMagnitudes() throws {
        for magnitude in [1e300, 1e150, 1e-150, 1e-300] {
            let statistics = try DescriptiveStatistics.compute([1, 2, 3, 4, 10].map { $0 * magnitude })
            // Hand-worked for 1, 2, 3, 4, 10: mean 4, Σd² = 50, SD √12.5.
            XCTAssertEqual(statistics.mean / magnitude, 4, accuracy: 1e-14, "\(magnitude)")
            XCTAssertEqual(try XCTUnwrap(statistics.standardDeviation) / magnitude, 12.5.squareRoot(), accuracy: 1e-14)
            let unscaled = try DescriptiveStatistics.compute([1, 2, 3, 4, 10])
            XCTAssertEqual(try XCTUnwrap(statistics.skewness), try XCTUnwrap(unscaled.skewness), accuracy: 1e-13, "\(magnitude)")
            XCTAssertEqual(try XCTUnwrap(statistics.kurtosis), try XCTUnwrap(unscaled.kurtosis), accuracy: 1e-13, "\(magnitude)")
            assertFinite(statistics)
            if magnitude == 1e300 { XCTAssertNil(statistics.variance) }
        }
        let fit = try LinearRegression.fit(y: [1e150, 2e150, 3.5e150, 4e150], data: ["x": [1, 2, 3, 4]], terms: [Term("x")])
        assertFinite(fit)
        // Slope Sxy/Sxx = 5.25/5 for y/1e150 = 1, 2, 3.5, 4 (worked by hand).
        XCTAssertEqual(try XCTUnwrap(fit.coefficients.last?.estimate) / 1e150, 1.05, accuracy: 1e-12)
    }

    /// One group without spread: the F test reports a note or a typed error, not a division by zero.
    func testZeroVarianceInOneGroup() throws {
        let flat = Variable(name: "flat", values: [2, 2, 2, 2])
        let spread = Variable(name: "spread", values: [1, 2, 3, 4])
        do {
            assertFinite(try FTest.compute(spread, flat))
        } catch {
            XCTAssertNotNil(error as? AnalysisError, "\(error)")
        }
        assertFinite(try TTest.twoSample(flat, spread, equalVariances: false))
    }

    func testPerfectlyCollinearPredictors() throws {
        let x1: [Double] = [1, 2, 3, 4, 5, 6]
        let x2 = x1.map { 2 * $0 + 1 }
        let fit = try LinearRegression.fit(y: [2, 4.1, 5.9, 8.2, 9.9, 12.1], data: ["x1": x1, "x2": x2],
                                           terms: [Term("x1"), Term("x2")])
        assertFinite(fit)
        XCTAssertEqual(fit.rank, 2)
        XCTAssertNil(fit.coefficients.first { $0.name == "x2" }?.estimate, "not estimable")
        XCTAssertTrue(fit.notes.contains { $0.subject == "x2" && { if case .aliased = $0 { true } else { false } }($0.reason) },
                      "\(fit.notes)")
    }

    /// Zero residuals: R² = 1, standard errors 0, F undefined, and a note instead of NaN or ∞.
    func testPerfectFit() throws {
        let x: [Double] = [1, 2, 3, 4, 5]
        let fit = try LinearRegression.fit(y: x.map { 3 * $0 - 2 }, data: ["x": x], terms: [Term("x")])
        assertFinite(fit)
        XCTAssertEqual(try XCTUnwrap(fit.rSquared), 1, accuracy: 1e-15)
        XCTAssertEqual(try XCTUnwrap(fit.coefficients.last?.estimate), 3, accuracy: 1e-14)
        XCTAssertTrue(fit.notes.contains { $0.reason == .exactFit }, "\(fit.notes)")
    }

    /// A predictor with one level (a constant) is aliased with the intercept.
    func testSingleLevelPredictor() throws {
        let fit = try LinearRegression.fit(y: [1, 3, 2, 5], data: ["group": [1, 1, 1, 1], "x": [1, 2, 3, 4]],
                                           terms: [Term("group"), Term("x")])
        assertFinite(fit)
        XCTAssertNil(fit.coefficients.first { $0.name == "group" }?.estimate)
        XCTAssertTrue(fit.notes.contains { $0.subject == "group" }, "\(fit.notes)")
    }
}
