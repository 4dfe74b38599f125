import XCTest
@testable import Analysis

final class HypothesisTestsANOVATests: XCTestCase {
    private struct Certified: Decodable {
        struct Between: Decodable { let ss: Double, ms: Double, f: Double }
        struct Within: Decodable { let ss: Double, ms: Double }
        let between: Between, within: Within
        let rSquared: Double, residualSd: Double

        enum CodingKeys: String, CodingKey {
            case between, within
            case rSquared = "r_squared"
            case residualSd = "residual_sd"
        }
    }

    /// NIST StRD one-way ANOVA: every certified figure within 0.5 of the best LRE a Double input
    /// allows (scripts/reference/nist_anova_ceilings.py).
    func testNISTOneWaySetsReachTheDoubleCeiling() throws {
        let ceilings = try Fixtures.decode([String: [String: Double]].self, from: "nist/anova_ceilings.json")
        var table = ["set       between.ss  ms     f   within.ss  ms   R²   resid.sd"]
        for name in ceilings.keys.sorted() {
            let lines = try Fixtures.text("nist/\(name).csv").split(whereSeparator: \.isNewline).dropFirst()
            var groups = [String: [Double]]()
            var order = [String]()
            for line in lines {
                let fields = line.split(separator: ",")
                let key = String(fields[0])
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(try XCTUnwrap(Double(fields[1])))
            }
            let anova = try OneWayANOVA.compute(order.map { variable($0, groups[$0] ?? []) })
            let cert = try Fixtures.decode(NISTDataset.Certified<Certified>.self, from: "nist/\(name).json")
            let c = cert.certified, d = cert.certifiedDigits
            let figures: [(String, Double?, Double, Double)] = [
                ("between.ss", anova.between.sumOfSquares, c.between.ss, d.between.ss),
                ("between.ms", anova.between.meanSquare, c.between.ms, d.between.ms),
                ("between.f", anova.between.f, c.between.f, d.between.f),
                ("within.ss", anova.within.sumOfSquares, c.within.ss, d.within.ss),
                ("within.ms", anova.within.meanSquare, c.within.ms, d.within.ms),
                ("r_squared", anova.etaSquared, c.rSquared, d.rSquared),
                ("residual_sd", anova.residualStandardDeviation, c.residualSd, d.residualSd),
            ]
            var row = name.padding(toLength: 9, withPad: " ", startingAt: 0)
            for (key, estimate, certified, digits) in figures {
                let lre = logRelativeError(try XCTUnwrap(estimate, "\(name) \(key)"), certified: certified, digits: digits)
                XCTAssertGreaterThanOrEqual(lre, try XCTUnwrap(ceilings[name]?[key]) - 0.5, "\(name) \(key)")
                row += String(format: "%7.1f", lre)
            }
            table.append(row)
        }
        print("NIST one-way ANOVA LRE\n" + table.joined(separator: "\n"))
        XCTAssertEqual(ceilings.count, 11)
    }

    func testOneWayFollowUpsAgreeWithSciPy() throws {
        let ref = try ToolsReference.load().oneWay
        let groups = ref.groups.enumerated().map { variable("g\($0.offset)", $0.element) }
        let anova = try OneWayANOVA.compute(groups, alpha: ref.alpha)
        var log = DifferenceLog()
        log.check(anova.between.sumOfSquares, ref.ssBetween, "SSB")
        log.check(anova.within.sumOfSquares, ref.ssWithin, "SSW")
        log.check(anova.total.sumOfSquares, ref.ssTotal, "SST")
        log.check(anova.between.f, ref.f, "F")
        log.check(anova.between.pValue, ref.p, "p")
        log.check(anova.between.fCritical, ref.fCritical, "F crit")
        log.check(anova.etaSquared, ref.etaSquared, "eta²")
        log.check(anova.omegaSquared, ref.omegaSquared, "omega²")
        log.report("one-way ANOVA")

        var tukeyLog = DifferenceLog()
        let tukey = try TukeyKramer.compute(anova, alpha: 0.05)
        tukeyLog.check(tukey.criticalQ, ref.qCritical, "q crit")
        XCTAssertEqual(tukey.comparisons.count, ref.tukey.count)
        for (ours, theirs) in zip(tukey.comparisons, ref.tukey) {
            XCTAssertEqual(ours.first, "g\(theirs.first)")
            tukeyLog.check(ours.difference, theirs.difference, "\(ours.first)-\(ours.second) difference")
            tukeyLog.check(ours.q, theirs.q, "\(ours.first)-\(ours.second) q")
            tukeyLog.check(ours.pValue, theirs.p, "\(ours.first)-\(ours.second) p")
        }
        tukeyLog.report("Tukey-Kramer")

        var leveneLog = DifferenceLog()
        let levene = try LeveneTest.compute(groups, center: .mean)
        let brownForsythe = try LeveneTest.compute(groups, center: .median)
        leveneLog.check(levene.f, ref.levene, "Levene F")
        leveneLog.check(levene.pValue, ref.leveneP, "Levene p")
        leveneLog.check(brownForsythe.f, ref.brownForsythe, "Brown-Forsythe F")
        leveneLog.check(brownForsythe.pValue, ref.brownForsytheP, "Brown-Forsythe p")
        leveneLog.report("Levene/Brown-Forsythe")
    }

    func testStudentizedRangeAgreesWithSciPy() throws {
        var log = DifferenceLog()
        for point in try ToolsReference.load().studentizedRange {
            let distribution = try StudentizedRange(means: point.k, degreesOfFreedom: point.df)
            log.check(distribution.sf(point.q), point.sf, "k=\(point.k) df=\(point.df) q=\(point.q)")
        }
        log.report("studentized range")
    }

    /// For k = 2 the range of two normals is |Z₁ − Z₂|, so P(Q > q) = 2·P(T_ν > q/√2) exactly.
    func testStudentizedRangeForTwoMeansIsAScaledT() throws {
        for (df, q) in [(3.0, 2.5), (10.0, 3.5), (40.0, 5.0), (200.0, 7.0), (60.0, 12.0), (1e5, 4.0)] {
            let expected = 2 * (try StudentT(degreesOfFreedom: df)).sf(q / 2.0.squareRoot())
            let actual = (try StudentizedRange(means: 2, degreesOfFreedom: df)).sf(q)
            XCTAssertLessThanOrEqual(relativeError(actual, expected), 1e-11, "df \(df) q \(q)")
        }
    }

    func testTwoFactorWithReplicationAgreesWithStatsmodels() throws {
        let ref = try ToolsReference.load().twoWayWithReplication
        let anova = try TwoWayANOVA.compute(cells: ref.cells, rowNames: ["r0", "r1", "r2"],
                                            columnNames: ["c0", "c1", "c2", "c3"])
        var log = DifferenceLog()
        for (ours, theirs) in [(anova.rows, ref.rows), (anova.columns, ref.columns),
                               (anova.interaction, ref.interaction), (anova.within, ref.within)] {
            log.check(ours.sumOfSquares, theirs.ss, "\(ours.name) SS")
            XCTAssertEqual(Double(ours.degreesOfFreedom), theirs.df, ours.name)
            if let f = theirs.f { log.check(ours.f, f, "\(ours.name) F") }
            if let p = theirs.p { log.check(ours.pValue, p, "\(ours.name) p") }
        }
        XCTAssertEqual(anova.cells[1][2].count, 3)
        log.report("two-factor ANOVA with replication")
    }

    func testTwoFactorWithoutReplicationAgreesWithStatsmodels() throws {
        let ref = try ToolsReference.load().twoWayWithoutReplication
        let anova = try TwoWayANOVAWithoutReplication.compute(grid: ref.grid, rowNames: (0..<5).map { "r\($0)" },
                                                              columnNames: (0..<4).map { "c\($0)" })
        var log = DifferenceLog()
        for (ours, theirs) in [(anova.rows, ref.rows), (anova.columns, ref.columns), (anova.error, ref.error)] {
            log.check(ours.sumOfSquares, theirs.ss, "\(ours.name) SS")
            XCTAssertEqual(Double(ours.degreesOfFreedom), theirs.df, ours.name)
            if let f = theirs.f { log.check(ours.f, f, "\(ours.name) F") }
            if let p = theirs.p { log.check(ours.pValue, p, "\(ours.name) p") }
        }
        log.report("two-factor ANOVA without replication")
    }

    func testUnbalancedDesignNamesTheCell() {
        let cells: [[[Double]]] = [[[1, 2], [3, 4]], [[5, 6], [7]]]
        XCTAssertThrowsError(try TwoWayANOVA.compute(cells: cells, rowNames: ["A", "B"], columnNames: ["x", "y"])) {
            XCTAssertEqual($0 as? AnalysisError, .lengthMismatch(variable: "cell B × y", expected: 2, found: 1))
        }
    }

    func testIdenticalGroupsGiveNoFInsteadOfNaN() throws {
        let anova = try OneWayANOVA.compute([variable("a", [2, 2]), variable("b", [2, 2])])
        XCTAssertNil(anova.between.f)
        XCTAssertNil(anova.etaSquared)
        XCTAssertTrue(anova.notes.contains(AnalysisNote(subject: "F", reason: .zeroErrorVariance)))
    }
}
