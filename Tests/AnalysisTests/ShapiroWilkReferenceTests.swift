import Analysis
import XCTest

/// Shapiro–Wilk W and p (AS R94), skewness and kurtosis with their standard errors agree with SciPy on
/// 3 to 5000 values (scripts/reference/shapiro_scipy.py): W to 1e-9, p to 1e-6 as the issue asks.
final class ShapiroWilkReferenceTests: XCTestCase {
    private struct Reference: Decodable {
        struct Case: Decodable {
            let name: String
            let values: [Double]
            let w, p, skewness, skewnessStandardError: Double
            let kurtosis, kurtosisStandardError: Double?
        }
        let cases: [Case]
    }

    func testShapiroWilkAndMomentsAgreeWithSciPy() throws {
        let cases = try Fixtures.decode(Reference.self, from: "shapiro_scipy.json").cases
        XCTAssertEqual(cases.first?.values.count, 3)
        XCTAssertEqual(cases.last?.values.count, 5000)
        var statistics = DifferenceLog(), moments = DifferenceLog(), pValues = DifferenceLog()
        for item in cases {
            let check = try NormalityCheck.compute(variable("x", item.values))
            let test = try XCTUnwrap(check.shapiroWilk, item.name)
            statistics.check(test.w, item.w, "\(item.name) W", tolerance: 1e-9)
            pValues.check(test.pValue, item.p, "\(item.name) p", tolerance: 1e-6)
            moments.check(check.skewness, item.skewness, "\(item.name) skewness")
            moments.check(check.skewnessStandardError, item.skewnessStandardError, "\(item.name) SE skewness")
            if let kurtosis = item.kurtosis, let standardError = item.kurtosisStandardError {
                moments.check(check.kurtosis, kurtosis, "\(item.name) kurtosis")
                moments.check(check.kurtosisStandardError, standardError, "\(item.name) SE kurtosis")
            } else {
                XCTAssertNil(check.kurtosis, item.name)
            }
        }
        statistics.report("Shapiro-Wilk W")
        moments.report("skewness, kurtosis and their standard errors")
        pValues.report("Shapiro-Wilk p")
    }

    func testOutsideItsRangeTheTestIsAbsentAndSaysWhy() throws {
        XCTAssertThrowsError(try NormalityCheck.compute(variable("x", [1, 2]))) { error in
            XCTAssertEqual(error as? AnalysisError, .tooFewObservations(procedure: .shapiroWilk(variable: "x"), needed: 3, found: 2))
        }
        let constant = try NormalityCheck.compute(variable("x", [4, 4, 4, 4]))
        XCTAssertNil(constant.shapiroWilk)
        XCTAssertTrue(constant.notes.contains(AnalysisNote(subject: "W", reason: .zeroVariance)))
        let many = try NormalityCheck.compute(variable("x", (0..<5001).map { Double($0 % 97) }))
        XCTAssertNil(many.shapiroWilk)
        XCTAssertEqual(many.notes, [AnalysisNote(subject: "W", reason: .needsAtMost(5000))])
        XCTAssertNotNil(ShapiroWilk.test((0..<5000).map { Double($0 % 97) }))
    }
}
