import XCTest
@testable import Analysis

/// Ill-conditioned data (a predictor near 1e8, group means near 1e8 and 1e5 that differ in the last digits)
/// against exact references (scripts/reference/hard_data_mpmath.py: rational arithmetic, square roots at 60
/// digits): every figure within 1e-9 of the exact value, absolutely for figures below 1 and relatively above.
final class HardDataReferenceTests: XCTestCase {
    private struct Reference: Decodable {
        struct Regression: Decodable {
            struct Term: Decodable { let variable: String, power: Int }
            struct Exact: Decodable {
                let coefficients, standardErrors, hc1, hc3, predicted, residuals, standardResiduals, leverage: [String]
                let residualSumOfSquares, regressionSumOfSquares, rSquared, durbinWatson, residualSum: String
            }
            let name: String
            let intercept: Bool
            let terms: [Term]
            let data: [String: [Double]]
            let y: [Double]
            let exact: Exact
        }
        struct Anova: Decodable {
            struct Comparison: Decodable { let first, second: Int, difference, standardError, q: String }
            struct Exact: Decodable { let means: [String], comparisons: [Comparison] }
            let name: String
            let groups: [[Double]]
            let exact: Exact
        }
        let regressions: [Regression]
        let anova: [Anova]
    }

    /// The largest error of each figure family: |ours − exact| / max(1, |exact|), and relative.
    private struct Worst {
        var scaled: [String: Double] = [:]
        var relative: [String: Double] = [:]

        mutating func record(_ family: String, _ estimate: Double?, _ exactText: String,
                             file: StaticString = #filePath, line: UInt = #line) {
            guard let exact = Double(exactText) else { return XCTFail("bad reference \(exactText)", file: file, line: line) }
            guard let estimate else { return XCTFail("\(family): no value", file: file, line: line) }
            let difference = abs(estimate - exact)
            scaled[family] = max(scaled[family] ?? 0, difference / max(1, abs(exact)))
            relative[family] = max(relative[family] ?? 0, exact == 0 ? difference : difference / abs(exact))
        }

        mutating func record(_ family: String, _ estimates: [Double?], _ exact: [String],
                             file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertEqual(estimates.count, exact.count, family, file: file, line: line)
            for (estimate, text) in zip(estimates, exact) { record(family, estimate, text, file: file, line: line) }
        }
    }

    private func reference() throws -> Reference {
        try Fixtures.decode(Reference.self, from: "hard_data_mpmath.json")
    }

    func testRegressionFiguresAreExactOnIllConditionedDesigns() throws {
        var lines = ["design                     figure              max error (scaled)   max relative"]
        var largest = 0.0
        for design in try reference().regressions {
            let terms = design.terms.map { Term($0.variable, power: $0.power) }
            let fit = try LinearRegression.fit(y: design.y, data: design.data, terms: terms, intercept: design.intercept)
            let e = design.exact
            var worst = Worst()
            worst.record("coefficient", fit.coefficients.map(\.estimate), e.coefficients)
            worst.record("standard error", fit.coefficients.map(\.standardError), e.standardErrors)
            worst.record("HC1", fit.coefficients.map(\.hc1StandardError), e.hc1)
            worst.record("HC3", fit.coefficients.map(\.hc3StandardError), e.hc3)
            worst.record("predicted", fit.residuals.predicted, e.predicted)
            worst.record("residual", fit.residuals.residuals, e.residuals)
            worst.record("standard residual", try XCTUnwrap(fit.residuals.standardResiduals), e.standardResiduals)
            worst.record("leverage", fit.residuals.leverage, e.leverage)
            worst.record("SSE", fit.anova.residual.sumOfSquares, e.residualSumOfSquares)
            worst.record("SSR", fit.anova.regression.sumOfSquares, e.regressionSumOfSquares)
            worst.record("R²", fit.rSquared, e.rSquared)
            worst.record("Durbin–Watson", fit.durbinWatson, e.durbinWatson)
            // The residuals of an exact least-squares fit with an intercept sum to 0.
            worst.record("Σ residuals", DoubleDouble.sum(fit.residuals.residuals).value, e.residualSum)
            for (family, error) in worst.scaled.sorted(by: { $0.key < $1.key }) {
                XCTAssertLessThanOrEqual(error, 1e-9, "\(design.name) \(family)")
                largest = max(largest, error)
                lines.append(design.name.padding(toLength: 27, withPad: " ", startingAt: 0)
                             + family.padding(toLength: 20, withPad: " ", startingAt: 0)
                             + String(format: "%.1e", error).padding(toLength: 21, withPad: " ", startingAt: 0)
                             + String(format: "%.1e", worst.relative[family] ?? 0))
            }
        }
        print("Least squares on ill-conditioned data vs exact references\n" + lines.joined(separator: "\n")
              + String(format: "\nlargest scaled error %.1e", largest))
    }

    func testTukeyKramerDifferencesAreExactForMeansThatAgreeInTheirLeadingDigits() throws {
        var lines = ["design                      figure           max error (scaled)   max relative"]
        for design in try reference().anova {
            let groups = design.groups.enumerated().map { Variable(name: "g\($0.offset)", values: $0.element) }
            let anova = try OneWayANOVA.compute(groups)
            let tukey = try TukeyKramer.compute(anova)
            var worst = Worst()
            worst.record("mean", anova.groups.map(\.mean), design.exact.means)
            XCTAssertEqual(tukey.comparisons.count, design.exact.comparisons.count)
            for (ours, exact) in zip(tukey.comparisons, design.exact.comparisons) {
                XCTAssertEqual(ours.first, "g\(exact.first)")
                XCTAssertEqual(ours.second, "g\(exact.second)")
                worst.record("difference", ours.difference, exact.difference)
                worst.record("standard error", ours.standardError, exact.standardError)
                worst.record("q", ours.q, exact.q)
            }
            for (family, error) in worst.scaled.sorted(by: { $0.key < $1.key }) {
                XCTAssertLessThanOrEqual(worst.relative[family] ?? 1, 1e-9, "\(design.name) \(family)")
                lines.append(design.name.padding(toLength: 28, withPad: " ", startingAt: 0)
                             + family.padding(toLength: 17, withPad: " ", startingAt: 0)
                             + String(format: "%.1e", error).padding(toLength: 21, withPad: " ", startingAt: 0)
                             + String(format: "%.1e", worst.relative[family] ?? 0))
            }
        }
        print("Tukey–Kramer on means that share their leading digits vs exact references\n" + lines.joined(separator: "\n"))
    }
}
