import XCTest
@testable import Analysis

final class HypothesisTestsTwoSampleTests: XCTestCase {
    func testTTestsAgreeWithSciPy() throws {
        var log = DifferenceLog()
        for c in try ToolsReference.load().tTests {
            let x = variable("a", c.x), y = variable("b", c.y)
            let result: TTest
            switch c.kind {
            case "paired": result = try TTest.paired(x, y, hypothesizedDifference: c.delta, alpha: c.alpha)
            case "equalVariances":
                result = try TTest.twoSample(x, y, equalVariances: true, hypothesizedDifference: c.delta, alpha: c.alpha)
            default:
                result = try TTest.twoSample(x, y, equalVariances: false, hypothesizedDifference: c.delta, alpha: c.alpha)
            }
            let label = "\(c.name) \(c.kind)"
            XCTAssertEqual(result.degreesOfFreedom, c.df, label)
            log.check(result.exactDegreesOfFreedom, c.exactDf, "\(label) exact df")
            log.check(result.first.mean, c.means[0], "\(label) mean 1")
            log.check(result.second.mean, c.means[1], "\(label) mean 2")
            log.check(result.first.variance, c.variances[0], "\(label) variance 1")
            log.check(result.second.variance, c.variances[1], "\(label) variance 2")
            log.check(result.tStatistic, c.t, "\(label) t")
            log.check(result.pOneTail, c.pOneTail, "\(label) p one-tail")
            log.check(result.pTwoTail, c.pTwoTail, "\(label) p two-tail")
            log.check(result.tCriticalOneTail, c.tCriticalOneTail, "\(label) t crit one-tail")
            log.check(result.tCriticalTwoTail, c.tCriticalTwoTail, "\(label) t crit two-tail")
            if let pooled = c.pooledVariance { log.check(result.pooledVariance, pooled, "\(label) pooled") }
            if let pearson = c.pearson { log.check(result.pearsonCorrelation, pearson, "\(label) pearson") }
            if let exact = c.exactPTwoTail { log.check(result.exactPTwoTail, exact, "\(label) T.TEST p") }
        }
        log.report("t-tests")
    }

    /// toolpak.md §7.3: the ToolPak rounds the Welch df 7.5677 to 8; T.TEST keeps it.
    func testWelchReportsRoundedAndExactDegreesOfFreedom() throws {
        let result = try TTest.twoSample(variable("a", [6, 7, 9, 15, 21]), variable("b", [20, 28, 31, 38, 40]),
                                         equalVariances: false)
        XCTAssertEqual(result.degreesOfFreedom, 8)
        XCTAssertEqual(result.exactDegreesOfFreedom, 7.5677, accuracy: 1e-4)
        XCTAssertEqual(try XCTUnwrap(result.pTwoTail), 0.0025155, accuracy: 1e-7)
        XCTAssertEqual(try XCTUnwrap(result.exactPTwoTail), 0.0028663, accuracy: 1e-7)
        XCTAssertTrue(result.notes.contains { if case .welchDegreesOfFreedomRounded = $0.reason { true } else { false } })
    }

    func testPairedTestDropsIncompletePairsAndSaysSo() throws {
        let first = Variable(name: "before", values: [10, 12, nil, 15, 11])
        let second = Variable(name: "after", values: [9, 11, 13, nil, 8])
        let result = try TTest.paired(first, second)
        XCTAssertEqual(result.first.count, 3)
        XCTAssertEqual(result.droppedRows, [2, 3])
        XCTAssertEqual(result.degreesOfFreedom, 2)
        XCTAssertTrue(result.notes.contains(AnalysisNote(subject: "pairs", reason: .incompletePairsDropped(count: 2))))
    }

    func testConstantDifferencesGiveNoTStatisticInsteadOfNaN() throws {
        let result = try TTest.paired(variable("a", [1, 2, 3]), variable("b", [0, 1, 2]))
        XCTAssertNil(result.tStatistic)
        XCTAssertNil(result.pTwoTail)
        XCTAssertTrue(result.notes.contains(AnalysisNote(subject: "t Stat", reason: .zeroVariance)))
    }

    func testTooFewValuesAndBadAlphaAreTypedErrors() {
        XCTAssertThrowsError(try TTest.twoSample(variable("a", [1]), variable("b", [1, 2]), equalVariances: true)) {
            XCTAssertEqual($0 as? AnalysisError,
                           .tooFewObservations(procedure: .twoSampleTTest(variable: "a"), needed: 2, found: 1))
        }
        XCTAssertThrowsError(try FTest.compute(variable("a", [1, 2]), variable("b", [1, 2]), alpha: 1.5))
    }

    func testFTestsAgreeWithSciPy() throws {
        var log = DifferenceLog()
        for c in try ToolsReference.load().fTests {
            let result = try FTest.compute(variable("a", c.x), variable("b", c.y), alpha: c.alpha)
            XCTAssertEqual(result.numeratorDegreesOfFreedom, c.df[0])
            XCTAssertEqual(result.denominatorDegreesOfFreedom, c.df[1])
            log.check(result.f, c.f, "\(c.name) f")
            log.check(result.pOneTail, c.pOneTail, "\(c.name) p one-tail")
            log.check(result.pTwoTail, c.pTwoTail, "\(c.name) F.TEST")
            log.check(result.fCriticalOneTail, c.fCriticalOneTail, "\(c.name) F crit")
        }
        log.report("F-test")
    }

    /// Microsoft's F.TEST example (toolpak.md §7.3): 0.648318.
    func testFTestMatchesMicrosoftExample() throws {
        let result = try FTest.compute(variable("a", [6, 7, 9, 15, 21]), variable("b", [20, 28, 31, 38, 40]))
        XCTAssertEqual(try XCTUnwrap(result.pTwoTail), 0.648318, accuracy: 5e-7)
    }

    func testZTestAgreesWithSciPy() throws {
        var log = DifferenceLog()
        for c in try ToolsReference.load().zTests {
            let result = try ZTest.compute(variable("a", c.x), variable("b", c.y),
                                           knownVariances: (c.knownVariances[0], c.knownVariances[1]),
                                           hypothesizedDifference: c.delta, alpha: c.alpha)
            log.check(result.z, c.z, "z")
            log.check(result.pOneTail, c.pOneTail, "p one-tail")
            log.check(result.pTwoTail, c.pTwoTail, "p two-tail")
            log.check(result.zCriticalOneTail, c.zCriticalOneTail, "z crit one-tail")
            log.check(result.zCriticalTwoTail, c.zCriticalTwoTail, "z crit two-tail")
        }
        log.report("z-test")
    }
}
