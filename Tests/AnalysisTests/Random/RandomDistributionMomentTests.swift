import Analysis
import XCTest

/// Each distribution's mean and SD as the textbook gives them, and seeded draws that come close to them.
final class RandomDistributionMomentTests: XCTestCase {
    func testTheoreticalMomentsMatchTheTextbookFormulas() throws {
        let cases: [(RandomDistribution, Double, Double)] = [
            (.uniform(lower: 2, upper: 8), 5, 6 / 12.0.squareRoot()),
            (.normal(mean: -1, sd: 3), -1, 3),
            (.bernoulli(probability: 0.2), 0.2, 0.4),
            (.binomial(trials: 10, probability: 0.3), 3, 2.1.squareRoot()),
            (.poisson(mean: 2.25), 2.25, 1.5),
            // Values 1, 5, 9 with weights 1, 2, 1: mean 5, variance (16 + 0 + 16)/4 = 8.
            (.discrete(values: [1, 5, 9], weights: [1, 2, 1]), 5, 8.0.squareRoot()),
        ]
        for (distribution, mean, sd) in cases {
            let moments = try XCTUnwrap(distribution.theoreticalMoments, "\(distribution)")
            XCTAssertEqual(moments.mean, mean, accuracy: 1e-15, "\(distribution)")
            XCTAssertEqual(moments.standardDeviation, sd, accuracy: 1e-15, "\(distribution)")
        }
        XCTAssertNil(RandomDistribution.patterned(from: 1, to: 3, step: 1, each: 1, sequence: 1).theoreticalMoments)
    }

    func testSeededDrawsComeCloseToTheMoments() throws {
        // 40 000 draws: the sample mean lies within 5 standard errors σ/√n of the mean.
        let distributions: [RandomDistribution] = [.uniform(lower: 2, upper: 8), .binomial(trials: 10, probability: 0.3),
                                                   .discrete(values: [1, 5, 9], weights: [1, 2, 1])]
        for distribution in distributions {
            var generator = Xoshiro256StarStar(seed: 2026)
            let draws = try distribution.draw(count: 40_000, using: &generator)
            let moments = try XCTUnwrap(distribution.theoreticalMoments)
            let mean = draws.reduce(0, +) / Double(draws.count)
            XCTAssertEqual(mean, moments.mean, accuracy: 5 * moments.standardDeviation / 200, "\(distribution)")
        }
    }
}
