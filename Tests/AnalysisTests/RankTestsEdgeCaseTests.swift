import Analysis
import XCTest

/// The rank tests' edges: blanks, identical values, zero differences, empty groups and Holm's ties.
final class RankTestsEdgeCaseTests: XCTestCase {
    func testMannWhitneySkipsBlanksAndRefusesAnEmptySample() throws {
        let test = try MannWhitneyU.compute(Variable(name: "a", values: [1, nil, 3]), Variable(name: "b", values: [2, 4, nil]))
        XCTAssertEqual(test.first.count, 2)
        XCTAssertEqual(test.u1, 1)
        XCTAssertEqual(test.method, .exact)
        XCTAssertThrowsError(try MannWhitneyU.compute(Variable(name: "a", values: [nil]), variable("b", [1]))) { error in
            XCTAssertEqual(error as? AnalysisError, .tooFewObservations(procedure: .mannWhitney(variable: "a"), needed: 1, found: 0))
        }
    }

    func testIdenticalValuesLeaveZAndPAbsentWithANote() throws {
        let test = try MannWhitneyU.compute(variable("a", [5, 5, 5]), variable("b", [5, 5]))
        XCTAssertNil(test.z)
        XCTAssertNil(test.pValue)
        XCTAssertEqual(test.notes, [AnalysisNote(subject: "z", reason: .zeroVariance)])
        let kruskal = try KruskalWallis.compute([variable("a", [2, 2]), variable("b", [2]), variable("c", [2, 2])])
        XCTAssertNil(kruskal.h)
        XCTAssertEqual(kruskal.notes, [AnalysisNote(subject: "H", reason: .zeroVariance)])
        XCTAssertEqual(DunnTest.compute(kruskal).comparisons.map(\.adjustedPValue), [nil, nil, nil])
    }

    func testWilcoxonDropsIncompletePairsAndNeedsANonZeroDifference() throws {
        let test = try WilcoxonSignedRank.compute(Variable(name: "before", values: [10, 12, nil, 15, 11]),
                                                  Variable(name: "after", values: [9, 12, 13, 12, nil]))
        XCTAssertEqual(test.pairs, 3)
        XCTAssertEqual(test.zeroDifferences, 1)
        XCTAssertEqual(test.droppedRows, [2, 4])
        XCTAssertEqual(test.method, .permutation)
        XCTAssertEqual(test.positiveRankSum, 3)
        XCTAssertEqual(test.pValue, 0.5, "R+ = 3 is the largest of the four equally likely sums 0, 1, 2, 3")
        XCTAssertThrowsError(try WilcoxonSignedRank.compute(variable("a", [1, 2]), variable("b", [1, 2]))) { error in
            XCTAssertEqual(error as? AnalysisError, .tooFewObservations(procedure: .wilcoxonPairs, needed: 1, found: 0))
        }
    }

    func testKruskalWallisNeedsTwoGroupsWithValues() {
        XCTAssertThrowsError(try KruskalWallis.compute([variable("a", [1, 2])])) { error in
            XCTAssertEqual(error as? AnalysisError, .tooFewObservations(procedure: .kruskalWallisGroups, needed: 2, found: 1))
        }
        XCTAssertThrowsError(try KruskalWallis.compute([variable("a", [1, 2]), Variable(name: "b", values: [nil])])) { error in
            XCTAssertEqual(error as? AnalysisError, .tooFewObservations(procedure: .kruskalWallisGroup(name: "b"), needed: 1, found: 0))
        }
    }

    func testExactMannWhitneyPValueOfCompleteSeparation() throws {
        // One arrangement of C(9, 4) = 126 puts every x below every y: p = 2/126.
        let test = try MannWhitneyU.compute(variable("x", [1, 2, 3, 4]), variable("y", [5, 6, 7, 8, 9]))
        XCTAssertEqual(try XCTUnwrap(test.pValue), 2.0 / 126, accuracy: 1e-16)
        XCTAssertEqual(test.rankBiserial, -1)
    }

    func testExactMannWhitneyStaysFastForASmallGroupAgainstAManyRowSheet() throws {
        let large = (0..<200_000).map { Double($0) + 0.5 }
        let test = try MannWhitneyU.compute(variable("few", [3, 70_000, 150_000, 199_000.25]), variable("many", large))
        XCTAssertEqual(test.method, .exact)
        XCTAssertNotNil(test.pValue)
    }
}
