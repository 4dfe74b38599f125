import XCTest
@testable import Analysis

/// OLS against statsmodels on generated designs (scripts/reference/ols_statsmodels.py): every
/// reported quantity within 1e-9 relative.
final class StatsmodelsAgreementTests: XCTestCase {
    private struct Design: Decodable {
        let name: String
        let intercept: Bool
        let terms: [String]
        let data: [String: [Double]]
        let y: [Double]
        let params, bse, t, p, lower95, upper95, lower99, upper99, hc1, hc3: [Double]
        let rsquared: Double
        let rsquaredAdj: Double
        let fvalue: Double
        let fPvalue: Double
        let mpmath: [String: [String]]

        enum CodingKeys: String, CodingKey {
            case name, intercept, terms, data, y, params, bse, t, p, lower95, upper95, lower99, upper99, hc1, hc3, mpmath
            case rsquared, fvalue
            case rsquaredAdj = "rsquared_adj"
            case fPvalue = "f_pvalue"
        }
    }

    private struct File: Decodable { let designs: [Design] }

    func testAgreementWithinOneInABillion() throws {
        let designs = try Fixtures.decode(File.self, from: "ols_statsmodels.json").designs
        var largest = (0.0, "")
        for design in designs {
            let fit = try LinearRegression.fit(y: design.y, data: design.data, terms: try design.terms.map { try parseTerm($0) },
                                               intercept: design.intercept, confidenceLevels: [0.95, 0.99])
            var pairs: [(String, Double?, Double)] = [
                ("R²", fit.rSquared, design.rsquared), ("adj R²", fit.adjustedRSquared, design.rsquaredAdj),
                ("F", fit.anova.regression.f, design.fvalue), ("F p", fit.anova.regression.significanceF, design.fPvalue),
            ]
            for (i, c) in fit.coefficients.enumerated() {
                pairs += [("b\(i)", c.estimate, design.params[i]), ("se\(i)", c.standardError, design.bse[i]),
                          ("t\(i)", c.tStat, design.t[i]), ("p\(i)", c.pValue, design.p[i]),
                          ("lo95 \(i)", c.intervals.first?.lower, design.lower95[i]),
                          ("hi95 \(i)", c.intervals.first?.upper, design.upper95[i]),
                          ("lo99 \(i)", c.intervals.last?.lower, design.lower99[i]),
                          ("hi99 \(i)", c.intervals.last?.upper, design.upper99[i]),
                          ("hc1 \(i)", c.hc1StandardError, design.hc1[i]), ("hc3 \(i)", c.hc3StandardError, design.hc3[i])]
            }
            for (label, estimate, reference) in pairs {
                let value = try XCTUnwrap(estimate, "\(design.name) \(label) missing")
                let error = relativeError(value, reference)
                XCTAssertLessThanOrEqual(error, 1e-9, "\(design.name) \(label): \(value) vs \(reference)")
                if error > largest.0 { largest = (error, "\(design.name) \(label)") }
            }
        }
        print("statsmodels agreement: largest relative difference \(largest.0) at \(largest.1)")
        XCTAssertEqual(designs.count, 5)
    }

    /// The same designs against mpmath at 50 digits: β, SE, HC1 and HC3 to 1e-12.
    func testAgreementWithHighPrecisionReference() throws {
        let designs = try Fixtures.decode(File.self, from: "ols_statsmodels.json").designs
        var largest = 0.0
        for design in designs {
            let fit = try LinearRegression.fit(y: design.y, data: design.data, terms: try design.terms.map { try parseTerm($0) },
                                               intercept: design.intercept)
            let c = fit.coefficients
            let ours = c.map(\.estimate) + c.map(\.standardError) + c.map(\.hc1StandardError) + c.map(\.hc3StandardError)
            let reference = try (design.mpmath["params_bse"] ?? []) + (design.mpmath["hc1_hc3"] ?? [])
            XCTAssertEqual(ours.count, reference.count, design.name)
            for (index, (value, text)) in zip(ours, reference).enumerated() {
                let error = relativeError(try XCTUnwrap(value), try XCTUnwrap(Double(text)))
                largest = max(largest, error)
                XCTAssertLessThanOrEqual(error, 1e-12, "\(design.name) value \(index)")
            }
        }
        print("mpmath agreement (β, SE, HC1, HC3): largest relative difference \(largest)")
    }
}
