import XCTest
@testable import Analysis

/// Excel-defined statistics on small cases checked by hand (or with exact fractions in Python).
final class DescriptiveStatisticsTests: XCTestCase {
    func testToolPakVector() throws {
        // toolpak.md §7.2; exact values: SE = √7.5/3, KURT = −1.2 from Σd⁴ = 708.
        let d = try DescriptiveStatistics.compute([2, 1, 4, 3, 6, 5, 9, 8, 7])
        XCTAssertEqual(d.mean, 5)
        XCTAssertEqual(d.standardError!, 7.5.squareRoot() / 3, accuracy: 1e-15)
        XCTAssertEqual(d.median, 5)
        XCTAssertNil(d.mode)
        XCTAssertTrue(d.notes.contains(AnalysisNote(subject: "mode", reason: .noValueRepeats)))
        XCTAssertEqual(d.standardDeviation!, 7.5.squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(d.variance, 7.5)
        XCTAssertEqual(d.kurtosis!, -1.2, accuracy: 1e-15)
        XCTAssertEqual(d.skewness!, 0, accuracy: 1e-15)
        XCTAssertEqual([d.range, d.minimum, d.maximum, d.sum], [8, 1, 9, 45])
        XCTAssertEqual(d.count, 9)
        XCTAssertEqual(d.kthLargest, 9)
        XCTAssertEqual(d.kthSmallest, 1)
        // t(0.975, 8) = 2.3060041352041662 (SciPy) times √7.5/3, evaluated with mpmath.
        XCTAssertEqual(d.confidenceHalfWidth!, 2.10508413758585795786, accuracy: 1e-14)
    }

    func testMicrosoftKurtSkewExamples() throws {
        // Microsoft help for KURT and SKEW, both on {3,4,5,2,3,4,5,6,4,7}.
        let d = try DescriptiveStatistics.compute([3, 4, 5, 2, 3, 4, 5, 6, 4, 7])
        XCTAssertEqual(d.kurtosis!, -0.151799637, accuracy: 5e-10)
        XCTAssertEqual(d.skewness!, 0.359543071, accuracy: 5e-10)
        XCTAssertEqual(d.mode, 4)
    }

    func testModeTiesTakeFirstOccurrence() throws {
        XCTAssertEqual(DescriptiveStatistics.firstMode([1, 2, 2, 3, 3]), 2)
        XCTAssertEqual(DescriptiveStatistics.firstMode([3, 3, 2, 2]), 3)
        XCTAssertEqual(DescriptiveStatistics.firstMode([5, 1, 1, 5]), 5)
        XCTAssertEqual(DescriptiveStatistics.firstMode([7, 0.0, -0.0, 7, 1]), 7)
        XCTAssertEqual(DescriptiveStatistics.firstMode([0.0, -0.0, 1]), 0)
        XCTAssertNil(DescriptiveStatistics.firstMode([1]))
        XCTAssertEqual(DescriptiveStatistics.firstMode([1, 2, 2, 2, 1, 3]), 2, "a longer run beats an earlier value")
        XCTAssertEqual(DescriptiveStatistics.firstMode([-0.0, -0.0, 1])?.sign, .plus, "a zero mode is +0 as the tally's key")
        XCTAssertNil(DescriptiveStatistics.firstMode([4, 1, 3, 2]))
    }

    func testSingleValue() throws {
        let d = try DescriptiveStatistics.compute([4])
        XCTAssertEqual([d.mean, d.median, d.range, d.sum, d.populationVariance], [4, 4, 0, 4, 0])
        XCTAssertNil(d.standardDeviation)
        XCTAssertNil(d.variance)
        XCTAssertNil(d.standardError)
        XCTAssertNil(d.confidenceHalfWidth)
        XCTAssertNil(d.skewness)
        XCTAssertNil(d.kurtosis)
        XCTAssertTrue(d.notes.contains(AnalysisNote(subject: "standardDeviation", reason: .needsAtLeast(2))))
        XCTAssertTrue(d.notes.contains(AnalysisNote(subject: "kurtosis", reason: .needsAtLeast(4))))
        // QUARTILE.EXC with n = 1: only q = 2 (h = 1) is defined.
        XCTAssertEqual(d.quartilesExclusive, [nil, 4, nil])
    }

    func testTwoValues() throws {
        let d = try DescriptiveStatistics.compute([-3, 5])
        XCTAssertEqual(d.mean, 1)
        XCTAssertEqual(d.variance, 32)
        XCTAssertEqual(d.standardError!, 4, accuracy: 1e-15)
        XCTAssertEqual(d.median, 1)
        XCTAssertNil(d.skewness)
        XCTAssertTrue(d.notes.contains(AnalysisNote(subject: "skewness", reason: .needsAtLeast(3))))
        // t(0.975, 1) = tan(0.475π) = 12.706204736174705 (SciPy), times SE 4.
        XCTAssertEqual(d.confidenceHalfWidth!, 4 * tan(0.475 * Double.pi), accuracy: 1e-12)
        XCTAssertEqual(d.kthLargest, 5)
        XCTAssertEqual(d.populationStandardDeviation, 4)
    }

    func testNegativeValuesAgainstExactFractions() throws {
        // Deviations −1, 3, 3, 1, −6: Σd² = 56, Σd³ = −162, Σd⁴ = 1460 (exact arithmetic, mpmath 30 digits).
        let d = try DescriptiveStatistics.compute([-5, -1, -1, -3, -10], k: 2)
        XCTAssertEqual(d.mean, -4)
        XCTAssertEqual(d.variance, 14)
        XCTAssertEqual(d.skewness!, -1.28858098779204614044, accuracy: 1e-15)
        XCTAssertEqual(d.kurtosis!, 1.31122448979591836735, accuracy: 1e-15)
        XCTAssertEqual(d.coefficientOfVariation!, -0.93541434669348534640, accuracy: 1e-15)
        XCTAssertEqual(d.mode, -1)
        XCTAssertEqual(d.median, -3)
        XCTAssertEqual(d.kthLargest, -1)
        XCTAssertEqual(d.kthSmallest, -5)
        // Sorted −10, −5, −3, −1, −1: INC h = 1, 3; EXC h = 1.5, 3, 4.5.
        XCTAssertEqual(d.quartilesInclusive, [-10, -5, -3, -1, -1])
        XCTAssertEqual(d.quartilesExclusive, [-7.5, -3, -1])
    }

    func testAllEqualValues() throws {
        let d = try DescriptiveStatistics.compute([2, 2, 2, 2])
        XCTAssertEqual(d.standardDeviation, 0)
        XCTAssertEqual(d.mode, 2)
        XCTAssertNil(d.skewness)
        XCTAssertNil(d.kurtosis)
        XCTAssertNil(d.lagOneAutocorrelation)
        XCTAssertTrue(d.notes.contains(AnalysisNote(subject: "kurtosis", reason: .zeroVariance)))
        XCTAssertEqual(d.coefficientOfVariation, 0)
        XCTAssertEqual(d.confidenceHalfWidth, 0)
    }

    func testKOutsideDataAndOtherLevels() throws {
        let d = try DescriptiveStatistics.compute([1, 2, 3], confidenceLevel: 0.99, k: 4)
        XCTAssertNil(d.kthLargest)
        XCTAssertTrue(d.notes.contains(AnalysisNote(subject: "kthLargest", reason: .outOfRange)))
        // t(0.995, 2) = 9.924843200918275 (SciPy), s = 1, n = 3.
        XCTAssertEqual(d.confidenceHalfWidth!, 9.924843200918275 / 3.0.squareRoot(), accuracy: 1e-13)
    }

    func testInvalidInputThrows() {
        XCTAssertThrowsError(try DescriptiveStatistics.compute([]))
        XCTAssertThrowsError(try DescriptiveStatistics.compute([1, .nan]))
        XCTAssertThrowsError(try DescriptiveStatistics.compute([1, 2], confidenceLevel: 1))
    }

    func testVariableSkipsMissingEntries() throws {
        let d = try DescriptiveStatistics.compute(Variable(name: "人口", values: [3, nil, 5, .nan, 7]))
        XCTAssertEqual(d.count, 3)
        XCTAssertEqual(d.missingCount, 2)
        XCTAssertEqual(d.mean, 5)
        XCTAssertThrowsError(try DescriptiveStatistics.compute(Variable(name: "空", values: [nil])))
    }

    func testLargeOffsetKeepsVariance() throws {
        // 1e9 + {1, 2, 3, 4}: exact variance 5/3, lost by the one-pass formula.
        let d = try DescriptiveStatistics.compute([1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4])
        XCTAssertEqual(d.variance!, 5.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(d.kurtosis!, -1.2, accuracy: 1e-14)
    }
    /// Values near 1e300 and 1e-300: the shape statistics are those of 1, 2, 3, 4 (KURT = −1.2, SKEW = 0 in
    /// Excel), the SD scales exactly, and a variance beyond the Double range is left out with a note, never NaN.
    func testExtremeMagnitudesKeepTheirShape() throws {
        for magnitude in [1e300, 1e-300] {
            let d = try DescriptiveStatistics.compute([1, 2, 3, 4].map { $0 * magnitude })
            XCTAssertEqual(try XCTUnwrap(d.kurtosis), -1.2, accuracy: 1e-14)
            XCTAssertEqual(try XCTUnwrap(d.skewness), 0, accuracy: 1e-14)
            XCTAssertEqual(try XCTUnwrap(d.standardDeviation) / magnitude, (5.0 / 3).squareRoot(), accuracy: 1e-15)
            XCTAssertEqual(d.mean / magnitude, 2.5, accuracy: 1e-15)
            XCTAssertNoThrow(try JSONEncoder().encode(d))
        }
        let huge = try DescriptiveStatistics.compute([1e300, 2e300, 3e300, 4e300])
        XCTAssertNil(huge.variance)
        XCTAssertTrue(huge.notes.contains(AnalysisNote(subject: "variance", reason: .beyondDoubleRange)))
        let tiny = try DescriptiveStatistics.compute([1e-300, 2e-300, 3e-300, 4e-300])
        XCTAssertEqual(tiny.variance, 0, "1.67e-600 underflows to zero, as in Excel")
    }
}
