import XCTest
@testable import Analysis

final class DummyCodingTests: XCTestCase {
    func testMostFrequentLevelIsTheReferenceAndMissingStaysMissing() throws {
        let coding = try DummyCoding(variable: "所属", labels: ["総務", "税務", "税務", nil, "福祉", "総務", "税務"])
        XCTAssertEqual(coding.reference, "税務")
        XCTAssertEqual(coding.levels, ["総務", "福祉"])
        XCTAssertEqual(coding.indicators.map(\.name), ["所属=総務", "所属=福祉"])
        XCTAssertEqual(coding.indicators[0].values, [1, 0, 0, nil, 0, 1, 0])
        XCTAssertEqual(coding.indicators[1].values, [0, 0, 0, nil, 1, 0, 0])
    }

    func testTiesGoToTheFirstLevelAndAnExplicitReferenceWins() throws {
        XCTAssertEqual(try DummyCoding(variable: "c", labels: ["b", "a", "a", "b"]).reference, "b")
        XCTAssertEqual(try DummyCoding(variable: "c", labels: ["b", "a", "a", "b"], reference: "a").levels, ["b"])
    }

    func testOneLevelOrAnUnknownReferenceIsATypedError() {
        XCTAssertThrowsError(try DummyCoding(variable: "c", labels: ["x", nil, "x"])) {
            XCTAssertEqual($0 as? AnalysisError, .singleCategory(variable: "c", level: "x"))
        }
        XCTAssertThrowsError(try DummyCoding(variable: "c", labels: ["x", "y"], reference: "z")) {
            XCTAssertEqual($0 as? AnalysisError, .unknownCategory(variable: "c", level: "z", levels: ["x", "y"]))
        }
    }

    func testMoreLevelsThanAModelTakesIsATypedError() throws {
        let fifty = (0..<100).map { "L\($0 % 50)" }
        XCTAssertEqual(try DummyCoding(variable: "c", labels: fifty).levels.count, 49)
        XCTAssertThrowsError(try DummyCoding(variable: "id", labels: (0..<200).map { "ID\($0)" })) {
            XCTAssertEqual($0 as? AnalysisError, .tooManyCategories(variable: "id", levels: 200, limit: 50))
        }
    }

    /// With only indicators, each coefficient is its group's mean minus the reference group's mean and the
    /// intercept is the reference mean (worked by hand: a = 1, 3 → 2; b = 6 → 6; c = 10, 12 → 11).
    func testIndicatorCoefficientsAreDifferencesOfGroupMeans() throws {
        let coding = try DummyCoding(variable: "g", labels: ["a", "a", "b", "c", "c"], reference: "a")
        let fit = try LinearRegression.fit(response: Variable(name: "y", values: [1, 3, 6, 10, 12]), predictors: coding.indicators)
        XCTAssertEqual(try XCTUnwrap(fit.coefficients[0].estimate), 2, accuracy: 1e-14)
        XCTAssertEqual(try XCTUnwrap(fit.coefficients[1].estimate), 4, accuracy: 1e-14)
        XCTAssertEqual(try XCTUnwrap(fit.coefficients[2].estimate), 9, accuracy: 1e-14)
    }
}
