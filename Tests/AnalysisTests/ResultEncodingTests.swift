import Foundation
import XCTest
@testable import Analysis

/// Results must encode to JSON (which rejects NaN and ±∞) even in degenerate cases, and decode
/// back to equal values.
final class ResultEncodingTests: XCTestCase {
    private func roundTrip<T: Codable & Equatable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try JSONEncoder().encode(value)
        XCTAssertEqual(try JSONDecoder().decode(T.self, from: data), value, file: file, line: line)
    }

    func testDegenerateDescriptiveResultsEncode() throws {
        try roundTrip(try DescriptiveStatistics.compute([4]))
        try roundTrip(try DescriptiveStatistics.compute([2, 2, 2, 2]))
        try roundTrip(try DescriptiveStatistics.compute([0, 0, 1], k: 9))
    }

    func testDegenerateRegressionResultsEncode() throws {
        let x: [Double] = [1, 2, 3, 4, 5, 6]
        // Exact fit, aliased column, constant response.
        try roundTrip(try LinearRegression.fit(y: x.map { 2 * $0 + 1 }, data: ["x": x], terms: [Term("x")]))
        try roundTrip(try LinearRegression.fit(y: [1, 3, 2, 5, 4, 6], data: ["x": x, "twice": x.map { 2 * $0 }],
                                               terms: [Term("x"), Term("twice")]))
        try roundTrip(try LinearRegression.fit(y: Array(repeating: 3, count: 6), data: ["x": x], terms: [Term("x")]))
    }

    func testDecodingRevalidatesDistributionParameters() throws {
        try roundTrip(try StudentT(degreesOfFreedom: 7.5))
        try roundTrip(try FisherF(numeratorDegreesOfFreedom: 2, denominatorDegreesOfFreedom: 9))
        let bad = Data(#"{"degreesOfFreedom": -3}"#.utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(StudentT.self, from: bad))
        XCTAssertThrowsError(try JSONDecoder().decode(ChiSquared.self, from: bad))
        XCTAssertThrowsError(try JSONDecoder().decode(Normal.self, from: Data(#"{"mean": 0, "standardDeviation": 0}"#.utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode(
            FisherF.self, from: Data(#"{"numeratorDegreesOfFreedom": 1, "denominatorDegreesOfFreedom": 0}"#.utf8)))
    }
}
