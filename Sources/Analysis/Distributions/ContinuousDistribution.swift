/// A univariate continuous distribution with both tails computed directly.
///
/// Rule: a small probability is never formed as 1 − something. Use `sf` for p-values and
/// `inverseSurvival` for critical values from α (e.g. `inverseSurvival(0.025)`), not `quantile(0.975)`,
/// which cannot represent probabilities closer to 1 than 1.1e-16.
public protocol ContinuousDistribution: Sendable {
    /// P(X ≤ x).
    func cdf(_ x: Double) -> Double
    /// P(X > x), the survival function (upper tail), computed directly.
    func sf(_ x: Double) -> Double
    /// The probability density at x.
    func density(_ x: Double) -> Double
    /// The x with P(X ≤ x) = p, for 0 ≤ p ≤ 1 (NaN outside).
    func quantile(_ p: Double) -> Double
    /// The x with P(X > x) = q, for 0 ≤ q ≤ 1 (NaN outside).
    func inverseSurvival(_ q: Double) -> Double
}

