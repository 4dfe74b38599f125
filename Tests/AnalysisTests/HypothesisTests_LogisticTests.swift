import XCTest
@testable import Analysis

final class HypothesisTestsLogisticTests: XCTestCase {
    /// The fitted model; any other outcome fails the calling test (XCTUnwrap fails and stops it without
    /// also counting it as skipped, as a thrown XCTSkip would).
    private func fitted(_ outcome: LogisticOutcome, file: StaticString = #filePath, line: UInt = #line) throws -> LogisticRegression {
        var model: LogisticRegression?
        if case .fitted(let fit) = outcome { model = fit }
        return try XCTUnwrap(model, "expected a fit, got \(outcome)", file: file, line: line)
    }

    func testLogisticRegressionAgreesWithStatsmodels() throws {
        let ref = try ToolsReference.load().logistic
        let model = try fitted(LogisticRegression.fit(outcome: variable("y", ref.y),
                                                      predictors: [variable("x1", ref.x[0]), variable("x2", ref.x[1])]))
        var log = DifferenceLog()
        XCTAssertEqual(model.coefficients.map(\.name), ["Intercept", "x1", "x2"])
        for (j, coefficient) in model.coefficients.enumerated() {
            log.check(coefficient.estimate, ref.coefficients[j], "\(coefficient.name) β", tolerance: 1e-7)
            log.check(coefficient.standardError, ref.standardErrors[j], "\(coefficient.name) SE", tolerance: 1e-7)
            log.check(coefficient.z, ref.z[j], "\(coefficient.name) z", tolerance: 1e-7)
            log.check(coefficient.pValue, ref.p[j], "\(coefficient.name) p", tolerance: 1e-7)
            log.check(coefficient.oddsRatioLower, ref.oddsRatioLower[j], "\(coefficient.name) OR lower", tolerance: 1e-7)
            log.check(coefficient.oddsRatioUpper, ref.oddsRatioUpper[j], "\(coefficient.name) OR upper", tolerance: 1e-7)
        }
        log.check(model.logLikelihood, ref.logLikelihood, "ln L", tolerance: 1e-7)
        log.check(model.nullLogLikelihood, ref.nullLogLikelihood, "ln L0", tolerance: 1e-7)
        log.check(model.likelihoodRatio, ref.lrStatistic, "LR", tolerance: 1e-7)
        log.check(model.likelihoodRatioPValue, ref.lrP, "LR p", tolerance: 1e-7)
        log.check(model.mcFaddenR2, ref.mcFaddenR2, "McFadden R²", tolerance: 1e-7)
        log.check(model.aic, ref.aic, "AIC", tolerance: 1e-7)
        let table = model.classification
        XCTAssertEqual([[table.truePositives, table.falseNegatives], [table.falsePositives, table.trueNegatives]],
                       ref.classification)
        log.report("logistic regression")
    }

    /// Rescaling a predictor by 10⁶ rescales its coefficient by 10⁻⁶ and leaves the likelihood,
    /// z and p unchanged; large |η| must not produce NaN.
    func testRescaledPredictorGivesTheSameModel() throws {
        let ref = try ToolsReference.load().logistic
        let plain = try fitted(LogisticRegression.fit(outcome: variable("y", ref.y),
                                                      predictors: [variable("x1", ref.x[0])]))
        let scaled = try fitted(LogisticRegression.fit(outcome: variable("y", ref.y),
                                                       predictors: [variable("x1", ref.x[0].map { $0 * 1e6 })]))
        XCTAssertEqual(scaled.coefficients[1].estimate * 1e6, plain.coefficients[1].estimate,
                       accuracy: 1e-10 * abs(plain.coefficients[1].estimate))
        XCTAssertEqual(scaled.coefficients[1].z, plain.coefficients[1].z, accuracy: 1e-9 * abs(plain.coefficients[1].z))
        XCTAssertEqual(scaled.logLikelihood, plain.logLikelihood, accuracy: 1e-10 * abs(plain.logLikelihood))
    }

    func testCompleteSeparationIsReportedNotFitted() throws {
        let outcome = try LogisticRegression.fit(outcome: variable("y", [0, 0, 0, 1, 1, 1]),
                                                 predictors: [variable("x", [1, 2, 3, 4, 5, 6])])
        guard case .separated(let separation) = outcome else { return XCTFail("expected separation, got \(outcome)") }
        XCTAssertEqual(separation.kind, .complete)
        XCTAssertTrue(separation.terms.contains("x"))
    }

    /// y = 1 exactly when z = 1, but x varies freely: z's estimate diverges, the deviance stays > 0.
    func testQuasiCompleteSeparationNamesTheTerm() throws {
        let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 2, 5, 7, 3]
        let z: [Double] = [0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0]
        let y: [Double] = [0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0]
        let outcome = try LogisticRegression.fit(outcome: variable("y", y),
                                                 predictors: [variable("x", x), variable("z", z)])
        guard case .separated(let separation) = outcome else { return XCTFail("expected separation, got \(outcome)") }
        XCTAssertEqual(separation.kind, .quasiComplete)
        XCTAssertEqual(separation.terms.contains("z"), true)
        XCTAssertFalse(separation.terms.contains("x"))
    }

    func testOutcomeOtherThanZeroOrOneNamesTheRow() {
        XCTAssertThrowsError(try LogisticRegression.fit(outcome: variable("y", [0, 1, 2, 0, 1]),
                                                        predictors: [variable("x", [1, 2, 3, 4, 5])])) {
            XCTAssertEqual($0 as? AnalysisError, .notZeroOrOne(variable: "y", row: "3", value: 2))
        }
    }

    func testAnOutcomeOfOneValueIsATypedError() {
        XCTAssertThrowsError(try LogisticRegression.fit(outcome: variable("y", [1, 1, 1, 1, 1]),
                                                        predictors: [variable("x", [1, 2, 3, 4, 5])])) {
            XCTAssertEqual($0 as? AnalysisError, .oneOutcomeOnly(variable: "y", value: 1))
        }
    }

    func testCollinearPredictorIsATypedError() {
        XCTAssertThrowsError(try LogisticRegression.fit(outcome: variable("y", [0, 1, 0, 1, 1, 0]),
                                                        predictors: [variable("x", [1, 2, 3, 4, 5, 6]),
                                                                     variable("twice x", [2, 4, 6, 8, 10, 12])])) {
            XCTAssertEqual($0 as? AnalysisError, .redundantPredictor(variable: "twice x"))
        }
    }
}
