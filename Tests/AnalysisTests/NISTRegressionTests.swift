import XCTest
@testable import Analysis

/// All 11 NIST StRD linear-regression sets: every certified value to LRE ≥ 9.
final class NISTRegressionTests: XCTestCase {
    private struct Values: Decodable {
        struct Row: Decodable {
            let ss: Double?
            let ms: Double?
            let f: Double?
        }
        struct Anova: Decodable {
            let regression: Row
            let residual: Row
        }
        let beta: [Double?]
        let betaSD: [Double?]
        let residualSD: Double?
        let rSquared: Double?
        let anova: Anova

        enum CodingKeys: String, CodingKey {
            case beta, anova
            case betaSD = "beta_sd"
            case residualSD = "residual_sd"
            case rSquared = "r_squared"
        }
    }

    static let sets = ["Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley",
                       "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5"]

    /// (label, estimate, certified, digits) for every certified value of one set.
    private func scores(_ name: String) throws -> [(String, Double?, Double?, Double?)] {
        let set = try NISTDataset(name)
        let cert = try set.certified(Values.self)
        let model = try XCTUnwrap(cert.model)
        let terms = try model.terms.filter { $0 != "1" }.map { try parseTerm($0) }
        var data = set.columns
        let y = try XCTUnwrap(data.removeValue(forKey: "y"))
        let fit = try LinearRegression.fit(y: y, data: data, terms: terms, intercept: model.intercept)
        XCTAssertEqual(fit.rank, model.terms.count, "\(name): no term may be dropped")
        let c = cert.certified, d = cert.certifiedDigits
        var rows = [(String, Double?, Double?, Double?)]()
        for (i, coefficient) in fit.coefficients.enumerated() {
            rows.append(("beta\(i)", coefficient.estimate, c.beta[i], d.beta[i]))
            rows.append(("sd\(i)", coefficient.standardError, c.betaSD[i], d.betaSD[i]))
        }
        rows.append(("residual sd", fit.standardError, c.residualSD, d.residualSD))
        rows.append(("R²", fit.rSquared, c.rSquared, d.rSquared))
        rows.append(("SSR", fit.anova.regression.sumOfSquares, c.anova.regression.ss, d.anova.regression.ss))
        rows.append(("MSR", fit.anova.regression.meanSquare, c.anova.regression.ms, d.anova.regression.ms))
        rows.append(("F", fit.anova.regression.f, c.anova.regression.f, d.anova.regression.f))
        rows.append(("SSE", fit.anova.residual.sumOfSquares, c.anova.residual.ss, d.anova.residual.ss))
        rows.append(("MSE", fit.anova.residual.meanSquare, c.anova.residual.ms, d.anova.residual.ms))
        return rows
    }

    func testEveryCertifiedValueToNineDigits() throws {
        var table = ["set        min LRE  (at)     values"]
        for name in Self.sets {
            var minimum = (Double.infinity, "")
            var count = 0
            for (label, estimate, certified, digits) in try scores(name) {
                guard let certified, let digits else { continue }  // Wampler1's F = +∞ is not certified as a number
                let value = try XCTUnwrap(estimate, "\(name) \(label) missing")
                let lre = logRelativeError(value, certified: certified, digits: digits)
                XCTAssertGreaterThanOrEqual(lre, 9, "\(name) \(label): \(value) vs \(certified)")
                if lre < minimum.0 { minimum = (lre, label) }
                count += 1
            }
            table.append(name.padding(toLength: 10, withPad: " ", startingAt: 0)
                         + String(format: "%6.1f   ", minimum.0)
                         + minimum.1.padding(toLength: 12, withPad: " ", startingAt: 0) + "\(count)")
        }
        print("NIST linear regression, minimum LRE per set\n" + table.joined(separator: "\n"))
    }

    func testWampler1IsAnExactFit() throws {
        let set = try NISTDataset("Wampler1")
        let fit = try LinearRegression.fit(y: try XCTUnwrap(set.columns["y"]), data: set.columns,
                                           terms: Term.polynomial("x", degree: 5))
        XCTAssertNil(fit.anova.regression.f)
        XCTAssertTrue(fit.notes.contains(AnalysisNote(subject: "residuals", reason: .exactFit)))
        XCTAssertNil(fit.residuals.standardResiduals)
    }

    func testFilipIsFlaggedNearCollinearButKeepsAllTerms() throws {
        let set = try NISTDataset("Filip")
        let fit = try LinearRegression.fit(y: try XCTUnwrap(set.columns["y"]), data: set.columns,
                                           terms: Term.polynomial("x", degree: 10))
        XCTAssertEqual(fit.rank, 11)
        XCTAssertTrue(fit.notes.contains { if case .nearCollinear = $0.reason { true } else { false } })
        // numerics reference §3.1: κ of the unit-column Filip design is 5.2e9 (κ_scaled).
        XCTAssertEqual(fit.conditionNumber, 5.2e9, accuracy: 0.2e9)
    }
}
