import XCTest
@testable import Analysis

final class HypothesisTestsAssociationTests: XCTestCase {
    func testCorrelationMatrixAgreesWithSciPy() throws {
        let ref = try ToolsReference.load().correlation
        let matrix = try CorrelationMatrix.compute(ref.columns.enumerated().map { variable("v\($0.offset)", $0.element) })
        var log = DifferenceLog()
        XCTAssertEqual(matrix.pairs.count, ref.pairs.count)
        for theirs in ref.pairs {
            let ours = try XCTUnwrap(matrix.pair(theirs.i, theirs.j))
            let label = "(\(theirs.i),\(theirs.j))"
            XCTAssertEqual(ours.count, ref.columns[0].count)
            log.check(ours.pearson, theirs.pearson, "\(label) r")
            log.check(ours.pearsonPValue, theirs.pearsonP, "\(label) r p")
            log.check(ours.spearman, theirs.spearman, "\(label) rho")
            log.check(ours.spearmanPValue, theirs.spearmanP, "\(label) rho p")
            log.check(ours.populationCovariance, theirs.covarianceP, "\(label) COVARIANCE.P")
            log.check(ours.sampleCovariance, theirs.covarianceS, "\(label) COVARIANCE.S")
        }
        for (ours, theirs) in zip(matrix.populationVariances, ref.populationVariances) {
            log.check(ours, theirs, "VAR.P")
        }
        log.report("correlation/covariance")
    }

    /// Microsoft's examples (toolpak.md §7.4): COVARIANCE.S({2,4,8},{5,11,12}) = 9.666667,
    /// COVAR({3,2,4,5,6},{9,7,12,15,17}) = 5.2.
    func testCovariancesMatchMicrosoftExamples() throws {
        let sample = try CorrelationMatrix.compute([variable("a", [2, 4, 8]), variable("b", [5, 11, 12])])
        XCTAssertEqual(try XCTUnwrap(sample.pairs.first?.sampleCovariance), 29.0 / 3, accuracy: 1e-14)
        let population = try CorrelationMatrix.compute([variable("a", [3, 2, 4, 5, 6]), variable("b", [9, 7, 12, 15, 17])])
        XCTAssertEqual(try XCTUnwrap(population.pairs.first?.populationCovariance), 5.2, accuracy: 1e-14)
    }

    func testPairwiseDeletionAndPerfectCorrelation() throws {
        let x = Variable(name: "x", values: [1, 2, nil, 4, 5])
        let y = Variable(name: "y", values: [2, 4, 6, 8, nil])
        let matrix = try CorrelationMatrix.compute([x, y])
        let pair = try XCTUnwrap(matrix.pair(0, 1))
        XCTAssertEqual(pair.count, 3)
        XCTAssertEqual(pair.pearson, 1)
        XCTAssertEqual(pair.pearsonPValue, 0)
        XCTAssertEqual(matrix.notes, [AnalysisNote(subject: "y × x", reason: .perfectCorrelation),
                                      AnalysisNote(subject: "y × x", reason: .approximateSpearmanPValue(count: 3))])
    }

    func testMidRanksAverageTies() {
        XCTAssertEqual(midRanks([10, 20, 10, 30, 20, 20]), [1.5, 4, 1.5, 6, 4, 4])
    }

    func testCrossTabulationsAgreeWithSciPyAndExactFisher() throws {
        var log = DifferenceLog()
        for (index, ref) in try ToolsReference.load().crossTabs.enumerated() {
            let label = "table \(index)"
            if ref.fisherOnly == true {
                let fisher = try FisherExactTest.compute(ref.observed)
                log.check(fisher.pTwoSided, try XCTUnwrap(ref.fisherTwoSided), "\(label) Fisher two-sided")
                log.check(fisher.pLess, try XCTUnwrap(ref.fisherLess), "\(label) Fisher less")
                log.check(fisher.pGreater, try XCTUnwrap(ref.fisherGreater), "\(label) Fisher greater")
                continue
            }
            let table = try CrossTabulation(counts: ref.observed, rowLabels: ref.observed.indices.map { "r\($0)" },
                                            columnLabels: ref.observed[0].indices.map { "c\($0)" })
            log.check(table.chiSquare, try XCTUnwrap(ref.chiSquare), "\(label) chi²")
            log.check(table.pValue, try XCTUnwrap(ref.p), "\(label) p")
            XCTAssertEqual(table.degreesOfFreedom, ref.df)
            log.check(table.cramersV, try XCTUnwrap(ref.cramersV), "\(label) Cramér's V")
            for (i, row) in try XCTUnwrap(ref.expected).enumerated() {
                for (j, value) in row.enumerated() {
                    log.check(table.expected[i][j], value, "\(label) expected[\(i)][\(j)]")
                    log.check(table.pearsonResiduals[i][j], try XCTUnwrap(ref.pearsonResiduals)[i][j], "\(label) residual")
                    log.check(table.adjustedResiduals[i][j], try XCTUnwrap(ref.adjustedResiduals)[i][j],
                              "\(label) adjusted residual")
                }
            }
            if let two = ref.fisherTwoSided {
                let fisher = try XCTUnwrap(table.fisher)
                log.check(fisher.pTwoSided, two, "\(label) Fisher two-sided")
                log.check(fisher.pLess, try XCTUnwrap(ref.fisherLess), "\(label) Fisher less")
                log.check(fisher.pGreater, try XCTUnwrap(ref.fisherGreater), "\(label) Fisher greater")
            } else {
                XCTAssertNil(table.fisher)
            }
        }
        log.report("cross tabulation/Fisher")
    }

    func testSmallExpectedCountsAreFlagged() throws {
        let table = try CrossTabulation(counts: [[2, 7], [8, 3]], rowLabels: ["A", "B"], columnLabels: ["yes", "no"])
        XCTAssertEqual(table.cellsWithExpectedBelowFive, 2)
        XCTAssertEqual(table.notes, [AnalysisNote(subject: "expected counts",
                                                  reason: .expectedCountBelowFive(cells: 2, smallest: 4.5))])
    }

    func testTabulateCountsPairsInFirstAppearanceOrder() throws {
        let table = try CrossTabulation.tabulate(rows: ["北", "南", "北", nil, "南", "北"],
                                                 columns: ["はい", "いいえ", "いいえ", "はい", "いいえ", "はい"])
        XCTAssertEqual(table.rowLabels, ["北", "南"])
        XCTAssertEqual(table.columnLabels, ["はい", "いいえ"])
        XCTAssertEqual(table.observed, [[2, 1], [0, 2]])
        XCTAssertEqual(table.droppedRows, [3])
    }

    func testEmptyCategoryIsATypedError() {
        XCTAssertThrowsError(try CrossTabulation(counts: [[1, 0], [2, 0]], rowLabels: ["a", "b"], columnLabels: ["x", "y"])) {
            XCTAssertEqual($0 as? AnalysisError, .invalidParameter(name: "total of y", value: 0, requirement: .atLeast(1)))
        }
    }

    func testGroupSummaryByTwoKeys() throws {
        let value = Variable(name: "minutes", values: [10, 14, 12, nil, 20, 30])
        let summary = try GroupSummary.compute(value, by: [
            (name: "office", values: ["A", "A", "A", "A", "B", "B"]),
            (name: "channel", values: ["web", "web", "web", "desk", "desk", "desk"]),
        ])
        XCTAssertEqual(summary.groups.map(\.keys), [["A", "web"], ["B", "desk"]])
        let web = summary.groups[0]
        XCTAssertEqual(web.count, 3)
        XCTAssertEqual(web.mean, 12)
        XCTAssertEqual(try XCTUnwrap(web.standardDeviation), 2, accuracy: 1e-15)
        XCTAssertEqual(web.minimum, 10)
        XCTAssertEqual(web.maximum, 14)
        XCTAssertEqual(summary.groups[1].mean, 25)
        XCTAssertEqual(summary.droppedRows, [3])
    }
}
