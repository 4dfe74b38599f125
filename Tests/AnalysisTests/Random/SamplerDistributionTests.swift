import Analysis
import XCTest

/// Each sampler's first two moments (or frequencies) must match its distribution within five
/// standard errors over a large fixed-seed sample.
final class SamplerDistributionTests: XCTestCase {
    private let drawCount = 200_000

    private func moments(_ values: [Double]) -> (mean: Double, variance: Double) {
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return (mean, variance)
    }

    /// Checks mean and variance against theory; `kurtosisExcess` widens the variance's error bar.
    private func assertMoments(_ values: [Double], mean: Double, variance: Double, kurtosisExcess: Double = 0,
                               _ what: String) {
        let n = Double(values.count)
        let observed = moments(values)
        XCTAssertEqual(observed.mean, mean, accuracy: 5 * (variance / n).squareRoot(), "\(what) mean")
        let varianceError = variance * ((2 + kurtosisExcess) / n).squareRoot()
        XCTAssertEqual(observed.variance, variance, accuracy: 5 * varianceError, "\(what) variance")
    }

    func testUnitIntervalIsUniformOnZeroOne() {
        var generator = Xoshiro256StarStar(seed: 1)
        let values = (0..<drawCount).map { _ in generator.nextUnitInterval() }
        XCTAssertTrue(values.allSatisfy { $0 >= 0 && $0 < 1 })
        assertMoments(values, mean: 0.5, variance: 1.0 / 12, kurtosisExcess: -1.2, "U(0,1)")
    }

    func testUniformRangeScales() throws {
        var generator = Xoshiro256StarStar(seed: 2)
        let values = try (0..<drawCount).map { _ in try generator.nextUniform(from: -3, to: 7) }
        XCTAssertTrue(values.allSatisfy { $0 >= -3 && $0 < 7 })
        assertMoments(values, mean: 2, variance: 100.0 / 12, kurtosisExcess: -1.2, "U(-3,7)")
        XCTAssertThrowsError(try generator.nextUniform(from: 2, to: 1))
    }

    func testNormalMoments() throws {
        var generator = Xoshiro256StarStar(seed: 3)
        let values = try (0..<drawCount).map { _ in try generator.nextNormal(mean: 50, sd: 8) }
        assertMoments(values, mean: 50, variance: 64, "N(50, 8²)")
        // About 95.45 % of a normal lies within two standard deviations.
        let inside = Double(values.filter { abs($0 - 50) < 16 }.count) / Double(drawCount)
        XCTAssertEqual(inside, 0.9545, accuracy: 5 * (0.9545 * 0.0455 / Double(drawCount)).squareRoot())
        XCTAssertThrowsError(try generator.nextNormal(sd: -1)) { error in
            XCTAssertEqual(error as? RandomParameterError, .negative(parameter: "sd", value: -1))
        }
    }

    func testIntegerRangeHitsEveryValueEvenly() {
        var generator = Xoshiro256StarStar(seed: 4)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<drawCount { counts[generator.nextInteger(in: 10...16) - 10] += 1 }
        let expected = Double(drawCount) / 7
        let chiSquare = counts.reduce(0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        // 99.9th percentile of chi-square with 6 degrees of freedom is 22.46.
        XCTAssertLessThan(chiSquare, 22.46, "counts \(counts)")
        XCTAssertEqual(generator.nextInteger(in: 5...5), 5)
        let extreme = generator.nextInteger(in: Int.min...Int.max)
        XCTAssertTrue((Int.min...Int.max).contains(extreme))
    }

    func testPoissonSmallAndLargeMeans() throws {
        for (seed, mean) in [(5, 0.7), (6, 4.5), (7, 10.0), (8, 37.5), (9, 2500.0)] {
            var generator = Xoshiro256StarStar(seed: UInt64(seed))
            let values = try (0..<drawCount).map { _ in Double(try generator.nextPoisson(mean: mean)) }
            XCTAssertTrue(values.allSatisfy { $0 >= 0 && $0 == $0.rounded() })
            assertMoments(values, mean: mean, variance: mean, kurtosisExcess: 1 / mean, "Poisson(\(mean))")
        }
        var generator = Xoshiro256StarStar(seed: 10)
        XCTAssertEqual(try generator.nextPoisson(mean: 0), 0)
        XCTAssertThrowsError(try generator.nextPoisson(mean: .nan))
    }

    func testBinomialAndBernoulli() throws {
        var generator = Xoshiro256StarStar(seed: 11)
        let values = try (0..<drawCount).map { _ in Double(try generator.nextBinomial(trials: 20, probability: 0.3)) }
        assertMoments(values, mean: 6, variance: 4.2, kurtosisExcess: (1 - 6 * 0.21) / 4.2, "Bin(20, 0.3)")
        let heads = try (0..<drawCount).filter { _ in try generator.nextBernoulli(probability: 0.25) }.count
        XCTAssertEqual(Double(heads) / Double(drawCount), 0.25, accuracy: 5 * (0.25 * 0.75 / Double(drawCount)).squareRoot())
        XCTAssertThrowsError(try generator.nextBernoulli(probability: 1.5))
    }

    func testWeightedChoiceFollowsWeightsAndSkipsZeroWeights() throws {
        let choice = try WeightedChoice(weights: [1, 0, 3, 6])
        var generator = Xoshiro256StarStar(seed: 12)
        var counts = [Int](repeating: 0, count: choice.count)
        for _ in 0..<drawCount { counts[choice.nextIndex(using: &generator)] += 1 }
        XCTAssertEqual(counts[1], 0)
        for (index, p) in [(0, 0.1), (2, 0.3), (3, 0.6)] {
            XCTAssertEqual(Double(counts[index]) / Double(drawCount), p,
                           accuracy: 5 * (p * (1 - p) / Double(drawCount)).squareRoot(), "category \(index)")
        }
        XCTAssertThrowsError(try WeightedChoice(weights: []))
        XCTAssertThrowsError(try WeightedChoice(weights: [0, 0]))
        XCTAssertThrowsError(try WeightedChoice(weights: [1, -1]))
    }
}
