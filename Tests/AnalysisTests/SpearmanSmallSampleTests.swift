import Analysis
import XCTest

/// Spearman's ρ and p on 5 to 10 pairs with ties agree with scipy.stats.spearmanr (the t
/// approximation, scripts/reference/spearman_small_n.py), and such pairs carry the note that the
/// p-value is approximate.
final class SpearmanSmallSampleTests: XCTestCase {
    private struct Reference: Decodable {
        struct Case: Decodable {
            let x: [Double]
            let y: [Double]
            let spearman: Double
            let spearmanP: Double
            let ties: Int
        }
        let cases: [Case]
    }

    func testSmallSamplesWithTiesAgreeWithSciPy() throws {
        let reference = try Fixtures.decode(Reference.self, from: "spearman_small_n.json")
        XCTAssertEqual(Set(reference.cases.map(\.x.count)), Set(5...10))
        XCTAssertTrue(reference.cases.allSatisfy { $0.ties > 0 }, "every case has ties")
        var log = DifferenceLog()
        for (index, item) in reference.cases.enumerated() {
            let matrix = try CorrelationMatrix.compute([variable("x", item.x), variable("y", item.y)])
            let pair = try XCTUnwrap(matrix.pair(1, 0))
            log.check(pair.spearman, item.spearman, "case \(index) (n = \(item.x.count)) ρ", tolerance: 1e-9)
            log.check(pair.spearmanPValue, item.spearmanP, "case \(index) (n = \(item.x.count)) p", tolerance: 1e-9)
            let flagged = matrix.notes.contains(AnalysisNote(subject: "y × x", reason: .approximateSpearmanPValue(count: item.x.count)))
            XCTAssertEqual(flagged, item.x.count < 10, "n = \(item.x.count): flagged below 10 pairs only")
        }
        log.report("Spearman p, n = 5…10 with ties")
    }

    func testTenPairsCarryNoApproximationNote() throws {
        let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        let matrix = try CorrelationMatrix.compute([variable("x", x), variable("y", [2, 1, 4, 3, 6, 5, 8, 7, 10, 9])])
        XCTAssertNotNil(matrix.pair(1, 0)?.spearmanPValue)
        XCTAssertEqual(matrix.notes, [])
    }
}
