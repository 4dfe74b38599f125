@testable import Analysis
import XCTest

/// The reproducible ln/exp/ln n! against 40-digit mpmath values.
final class DeterministicMathTests: XCTestCase {
    private func assertClose(_ actual: Double, _ expected: Double, relative: Double, _ what: String) {
        let scale = max(abs(expected), Double.leastNormalMagnitude)
        XCTAssertLessThanOrEqual(abs(actual - expected) / scale, relative, "\(what): \(actual) vs \(expected)")
    }

    func testLogAgainstMpmath() throws {
        let fixture = try RandomFixtures.load("math", as: RandomFixtures.ElementaryFunctions.self)
        for point in fixture.log {
            let x = try XCTUnwrap(Double(point[0])), expected = try XCTUnwrap(Double(point[1]))
            if expected == 0 {
                XCTAssertEqual(DeterministicMath.log(x), 0, "ln \(point[0])")
            } else {
                assertClose(DeterministicMath.log(x), expected, relative: 4e-16, "ln \(point[0])")
            }
        }
    }

    func testExpAgainstMpmath() throws {
        let fixture = try RandomFixtures.load("math", as: RandomFixtures.ElementaryFunctions.self)
        for point in fixture.exp {
            let x = try XCTUnwrap(Double(point[0])), expected = try XCTUnwrap(Double(point[1]))
            assertClose(DeterministicMath.exp(x), expected, relative: 6e-16, "exp \(point[0])")
        }
    }

    func testLogFactorialAgainstMpmath() throws {
        let fixture = try RandomFixtures.load("math", as: RandomFixtures.ElementaryFunctions.self)
        for point in fixture.logFactorial {
            let expected = try XCTUnwrap(Double(point.value))
            if expected == 0 {
                XCTAssertEqual(DeterministicMath.logFactorial(point.n), 0, "ln \(point.n)!")
            } else {
                assertClose(DeterministicMath.logFactorial(point.n), expected, relative: 2e-15, "ln \(point.n)!")
            }
        }
    }

    func testEdgeCases() {
        XCTAssertEqual(DeterministicMath.log(0), -.infinity)
        XCTAssertTrue(DeterministicMath.log(-1).isNaN)
        XCTAssertEqual(DeterministicMath.exp(710), .infinity)
        XCTAssertEqual(DeterministicMath.exp(-800), 0)
    }
}
