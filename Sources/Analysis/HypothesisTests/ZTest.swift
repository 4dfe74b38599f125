/// z-Test: Two Sample for Means with known variances (toolpak.md §3.10):
/// z = (x̄₁ − x̄₂ − Δ)/√(σ₁²/n₁ + σ₂²/n₂), the variances typed by the user, not estimated.
public struct ZTest: Codable, Sendable, Equatable {
    /// Variable 1 (its variance row is the sample variance, for reference).
    public let first: SampleSummary
    /// Variable 2.
    public let second: SampleSummary
    /// σ₁² and σ₂² as given.
    public let knownVariances: [Double]
    /// Δ, the hypothesised mean difference.
    public let hypothesizedDifference: Double
    /// The one-tail significance level α.
    public let alpha: Double
    /// z = (x̄₁ − x̄₂ − Δ)/√(σ₁²/n₁ + σ₂²/n₂).
    public let z: Double
    /// "P(Z<=z) one-tail", which is P(Z > |z|).
    public let pOneTail: Double
    /// z with P(Z > z) = α.
    public let zCriticalOneTail: Double
    /// P(|Z| > |z|).
    public let pTwoTail: Double
    /// z with P(|Z| > z) = α.
    public let zCriticalTwoTail: Double

    /// Runs the test; blanks are skipped per column.
    /// - Throws: `AnalysisError.tooFewObservations` (an empty sample), `.invalidParameter` (a known
    ///   variance that is not positive and finite, a non-finite Δ, α outside (0, 1)).
    public static func compute(_ first: Variable, _ second: Variable, knownVariances: (Double, Double),
                               hypothesizedDifference: Double = 0, alpha: Double = 0.05) throws -> ZTest {
        try validateAlpha(alpha)
        for (name, value) in [("knownVariance1", knownVariances.0), ("knownVariance2", knownVariances.1)]
        where !(value.isFinite && value > 0) {
            throw AnalysisError.invalidParameter(name: name, value: value, requirement: .positive)
        }
        guard hypothesizedDifference.isFinite else {
            throw AnalysisError.invalidParameter(name: "hypothesizedDifference", value: hypothesizedDifference,
                                                 requirement: .finite)
        }
        let x = first.presentValues, y = second.presentValues
        for (variable, values) in [(first, x), (second, y)] where values.isEmpty {
            throw AnalysisError.tooFewObservations(procedure: .zTest(variable: variable.name), needed: 1, found: 0)
        }
        let a = CentralSums(x), b = CentralSums(y)
        let standardError = (knownVariances.0 / Double(x.count) + knownVariances.1 / Double(y.count)).squareRoot()
        let z = (a.mean - b.mean - hypothesizedDifference).value / standardError
        return ZTest(first: SampleSummary(name: first.name, values: x), second: SampleSummary(name: second.name, values: y),
                     knownVariances: [knownVariances.0, knownVariances.1],
                     hypothesizedDifference: hypothesizedDifference, alpha: alpha, z: z,
                     pOneTail: Normal.standard.sf(abs(z)), zCriticalOneTail: Normal.standard.inverseSurvival(alpha),
                     pTwoTail: Normal.standard.twoSidedPValue(z),
                     zCriticalTwoTail: Normal.standard.inverseSurvival(alpha / 2))
    }
}
