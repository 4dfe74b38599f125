import XCTest
@testable import Analysis

/// Excel's PERCENTILE/QUARTILE examples from Microsoft's help pages.
final class PercentilesTests: XCTestCase {
    func testMicrosoftExamples() {
        // QUARTILE.INC({1,2,4,7,8,9,10,12}, 1) = 3.5.
        XCTAssertEqual(Percentiles.inclusive([1, 2, 4, 7, 8, 9, 10, 12], 0.25), 3.5)
        // QUARTILE.EXC({6,7,15,36,39,40,41,42,43,47,49}, 1) = 15 and (…, 3) = 43.
        let exc: [Double] = [6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49]
        XCTAssertEqual(Percentiles.exclusive(exc, 0.25), 15)
        XCTAssertEqual(Percentiles.exclusive(exc, 0.75), 43)
        // PERCENTILE.EXC({1,2,3,6,6,6,7,8,9}, 0.25) = 2.5; PERCENTILE.INC({1,2,3,4}, 0.3) = 1.9.
        XCTAssertEqual(Percentiles.exclusive([1, 2, 3, 6, 6, 6, 7, 8, 9], 0.25), 2.5)
        XCTAssertEqual(Percentiles.inclusive([1, 2, 3, 4], 0.3)!, 1.9, accuracy: 1e-15)
    }

    func testDecimalProbabilityHitsTheDataPoint() {
        let data = (0...100).map(Double.init)
        XCTAssertEqual(Percentiles.inclusive(data, 0.57), 57)
        XCTAssertEqual(Percentiles.inclusive(data, 0.29), 29)
    }

    func testOutOfRange() {
        XCTAssertNil(Percentiles.inclusive([1, 2], 1.5))
        XCTAssertNil(Percentiles.inclusive([], 0.5))
        // EXC with n = 3 needs 1 ≤ p·4 ≤ 3.
        XCTAssertNil(Percentiles.exclusive([1, 2, 3], 0.2))
        XCTAssertEqual(Percentiles.exclusive([1, 2, 3], 0.25), 1)
        XCTAssertEqual(Percentiles.median([4, 1, 2, 3].sorted()), 2.5)
    }
}
