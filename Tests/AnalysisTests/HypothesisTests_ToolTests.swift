import XCTest
@testable import Analysis

final class HypothesisTestsToolTests: XCTestCase {
    func testHistogramCountsMatchTheLessOrEqualRule() throws {
        let ref = try ToolsReference.load().histogram
        let histogram = try Histogram.compute(variable("x", ref.data), edges: ref.edges)
        XCTAssertEqual(histogram.bins.map(\.frequency), ref.frequencies)
        XCTAssertNil(histogram.bins.last?.upperEdge)
        XCTAssertEqual(histogram.bins.last?.cumulativeFraction, 1)
        XCTAssertEqual(histogram.paretoBins.map(\.frequency), ref.frequencies.sorted(by: >))
        XCTAssertEqual(histogram.paretoBins.first?.upperEdge, 60)
    }

    /// Values equal to an edge belong to that edge's bin (toolpak.md §3.11).
    func testValuesOnAnEdgeStayInThatBin() throws {
        let histogram = try Histogram.compute(variable("x", [1, 2, 2, 3, 5, 9]), edges: [2, 5])
        XCTAssertEqual(histogram.bins.map(\.frequency), [3, 2, 1])
        XCTAssertEqual(histogram.bins.map(\.cumulativeFraction), [0.5, 5.0 / 6, 1])
    }

    /// The ToolPak's Pareto order: largest count first, equal counts in bin order, More sorted like any row.
    func testParetoOrderKeepsBinOrderAmongEqualCounts() {
        XCTAssertEqual(Histogram.paretoOrder([2, 5, 2, 0, 5]), [1, 4, 0, 2, 3])
        XCTAssertEqual(Histogram.paretoOrder([]), [])
    }

    func testSturgesEdgesAreDecimalAndCoverTheData() throws {
        let values = (0..<20).map { Double($0) * 0.07 + 0.31 }
        let histogram = try Histogram.compute(variable("x", values))
        // n = 20: 6 bins, raw width (1.64 − 0.31)/6 = 0.2217 → 0.25.
        XCTAssertEqual(histogram.edgeRule, .sturges(width: 0.25))
        XCTAssertEqual(histogram.edges, [0.5, 0.75, 1, 1.25, 1.5, 1.75])
        XCTAssertEqual(histogram.bins.last?.frequency, 0)
        XCTAssertEqual(histogram.count, 20)
    }

    func testDecreasingEdgesAreATypedError() {
        XCTAssertThrowsError(try Histogram.compute(variable("x", [1]), edges: [3, 2])) {
            XCTAssertEqual($0 as? AnalysisError,
                           .invalidParameter(name: "bin edge 2", value: 2, requirement: .above(3)))
        }
    }

    func testSmoothingMatchesTheToolPakFormulas() throws {
        let ref = try ToolsReference.load().smoothing
        let moving = try SmoothedSeries.movingAverage(ref.actual, interval: ref.interval)
        let smooth = try SmoothedSeries.exponential(ref.actual, alpha: ref.alpha)
        var log = DifferenceLog()
        for (name, ours, theirs) in [("MA", moving.forecasts, ref.movingAverage),
                                     ("MA error", moving.standardErrors, ref.movingAverageErrors),
                                     ("ES", smooth.forecasts, ref.exponential),
                                     ("ES error", smooth.standardErrors, ref.exponentialErrors)] {
            XCTAssertEqual(ours.map { $0 == nil }, theirs.map { $0 == nil }, "\(name) #N/A rows")
            for (t, (a, b)) in zip(ours, theirs).enumerated() {
                if let b { log.check(a, b, "\(name) row \(t + 1)", tolerance: 1e-14) }
            }
        }
        log.report("moving average/exponential smoothing")
    }

    func testRankAndPercentileMatchRankEqAndTruncatedPercentRank() throws {
        let ref = try ToolsReference.load().rankPercentile
        let result = try RankAndPercentile.compute(variable("x", ref.values))
        XCTAssertEqual(result.rows.map(\.value), ref.values.sorted(by: >))
        for row in result.rows {
            XCTAssertEqual(row.value, ref.values[row.point - 1])
            XCTAssertEqual(row.rank, ref.ranks[row.point - 1], "point \(row.point)")
            XCTAssertEqual(row.percent, ref.percent[row.point - 1], "point \(row.point)")
        }
        // Microsoft's example: PERCENTRANK.INC({13,12,11,8,4,3,2,1,1,1}, 4) = 0.555.
        let example = try RankAndPercentile.compute(variable("x", [13, 12, 11, 8, 4, 3, 2, 1, 1, 1]))
        XCTAssertEqual(example.rows.first { $0.value == 4 }?.percent, 0.555)
    }

    func testPeriodicSamplingTakesEveryNthValue() throws {
        XCTAssertEqual(try Sampling.periodic(variable("x", [1, 2, 3, 4, 5, 6, 7]), period: 3), [3, 6])
        XCTAssertThrowsError(try Sampling.periodic(variable("x", [1, 2]), period: 3))
    }

    func testRandomSamplingIsSeededAndDrawsWithReplacement() throws {
        let source = variable("x", (0..<10).map(Double.init))
        let first = try Sampling.random(source, count: 5000, seed: 42)
        XCTAssertEqual(first, try Sampling.random(source, count: 5000, seed: 42))
        XCTAssertNotEqual(first, try Sampling.random(source, count: 5000, seed: 43))
        let counts = Dictionary(grouping: first, by: { $0 }).mapValues(\.count)
        XCTAssertEqual(Set(counts.keys), Set((0..<10).map(Double.init)))
        // Each count is Binomial(5000, 0.1): mean 500, SD 21.2; ±5 SD.
        for (value, count) in counts { XCTAssertEqual(Double(count), 500, accuracy: 106, "value \(value)") }
    }
}
