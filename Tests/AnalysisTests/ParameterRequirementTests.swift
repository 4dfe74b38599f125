import Analysis
import XCTest

/// The bounds of each requirement, including the edges that are (not) allowed.
final class ParameterRequirementTests: XCTestCase {
    func testBoundsAreInclusiveOrExclusiveAsDocumented() {
        XCTAssertTrue(ParameterRequirement.between(1, 119).isMet(by: 119))
        XCTAssertFalse(ParameterRequirement.between(1, 119).isMet(by: 120))
        XCTAssertFalse(ParameterRequirement.between(1, 119).isMet(by: 0))
        XCTAssertTrue(ParameterRequirement.atLeast(2).isMet(by: 2))
        XCTAssertFalse(ParameterRequirement.atLeast(2).isMet(by: 1))
        XCTAssertFalse(ParameterRequirement.probability.isMet(by: 0))
        XCTAssertFalse(ParameterRequirement.probability.isMet(by: 1))
        XCTAssertTrue(ParameterRequirement.probability.isMet(by: 0.05))
        XCTAssertFalse(ParameterRequirement.positive.isMet(by: .infinity))
        XCTAssertFalse(ParameterRequirement.above(30).isMet(by: 30))
        XCTAssertFalse(ParameterRequirement.finite.isMet(by: .nan))
    }

    /// The sampling period is bounded by the number of values, which the error reports.
    func testSamplingPeriodBeyondTheValuesNamesTheBound() {
        let variable = Variable(name: "x", values: [1, 2, 3])
        XCTAssertThrowsError(try Sampling.periodic(variable, period: 4)) {
            XCTAssertEqual($0 as? AnalysisError, .invalidParameter(name: "period", value: 4, requirement: .between(1, 3)))
        }
    }
}
