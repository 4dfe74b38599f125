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
        let robust: [String: [String: [Double]]]
        let compareStatsmodels: Bool

        enum CodingKeys: String, CodingKey {
            case name, intercept, terms, data, y, params, bse, t, p, lower95, upper95, lower99, upper99, hc1, hc3, mpmath, robust
            case compareStatsmodels = "compare_statsmodels"
            case rsquared, fvalue
            case rsquaredAdj = "rsquared_adj"
            case fPvalue = "f_pvalue"
        }
    }

    private struct File: Decodable { let designs: [Design] }

    /// Designs where statsmodels is accurate enough to serve as a reference; the others are
    /// checked against mpmath only (see the script's notes).
    private func statsmodelsDesigns() throws -> [Design] {
        let all = try Fixtures.decode(File.self, from: "ols_statsmodels.json").designs
        for design in all where !design.compareStatsmodels {
            print("\(design.name): compared with mpmath only (statsmodels is not accurate there)")
        }
        return all.filter(\.compareStatsmodels)
    }

    func testAgreementWithinOneInABillion() throws {
        let designs = try statsmodelsDesigns()
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
        let nearCollinear = try XCTUnwrap(designs.first { $0.name == "near_collinear" })
        let fit = try LinearRegression.fit(y: nearCollinear.y, data: nearCollinear.data,
                                           terms: try nearCollinear.terms.map { try parseTerm($0) })
        print("near_collinear design: scaled condition number \(fit.conditionNumber)")
        XCTAssertGreaterThan(fit.conditionNumber, 1e3)
        XCTAssertEqual(designs.count, 5)
    }

    /// Robust t, p and intervals (statsmodels `cov_type=HC1/HC3, use_t=True`).
    func testRobustInference() throws {
        let designs = try statsmodelsDesigns()
        var largest = 0.0
        for design in designs {
            let fit = try LinearRegression.fit(y: design.y, data: design.data, terms: try design.terms.map { try parseTerm($0) },
                                               intercept: design.intercept)
            for (kind, key) in [(StandardErrorKind.hc1, "HC1"), (.hc3, "HC3")] {
                let reference = try XCTUnwrap(design.robust[key])
                for (i, row) in try fit.inference(kind).enumerated() {
                    let row = try XCTUnwrap(row)
                    let pairs: [(Double?, String)] = [(row.tStat, "t"), (row.pValue, "p"),
                                                      (row.intervals.first?.lower, "lower95"),
                                                      (row.intervals.first?.upper, "upper95")]
                    for (value, field) in pairs {
                        let expected = try XCTUnwrap(reference[field]?[i])
                        let error = relativeError(try XCTUnwrap(value), expected)
                        largest = max(largest, error)
                        XCTAssertLessThanOrEqual(error, 1e-9, "\(design.name) \(key) \(field)\(i)")
                    }
                }
            }
        }
        print("statsmodels robust inference: largest relative difference \(largest)")
    }

    /// The same designs against mpmath at 50 digits: β, SE, HC1 and HC3 to 1e-12.
    func testAgreementWithHighPrecisionReference() throws {
        let designs = try Fixtures.decode(File.self, from: "ols_statsmodels.json").designs
        var largest = 0.0
        for design in designs {
            let fit = try LinearRegression.fit(y: design.y, data: design.data, terms: try design.terms.map { try parseTerm($0) },
                                               intercept: design.intercept)
            if !design.compareStatsmodels { print("\(design.name): scaled condition number \(fit.conditionNumber)") }
            let c = fit.coefficients
            let ours = c.map(\.estimate) + c.map(\.standardError) + c.map(\.hc1StandardError) + c.map(\.hc3StandardError)
            let reference = (design.mpmath["params_bse"] ?? []) + (design.mpmath["hc1_hc3"] ?? [])
            XCTAssertEqual(ours.count, reference.count, design.name)
            for (index, (value, text)) in zip(ours, reference).enumerated() {
                let error = relativeError(try XCTUnwrap(value), try XCTUnwrap(Double(text)))
                largest = max(largest, error)
                XCTAssertLessThanOrEqual(error, 1e-12, "\(design.name) value \(index)")
            }
        }
        print("mpmath agreement (β, SE, HC1, HC3): largest relative difference \(largest)")
        XCTAssertEqual(designs.count, 6)
    }
}
