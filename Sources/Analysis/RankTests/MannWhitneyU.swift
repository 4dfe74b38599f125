/// The Mann–Whitney U test (Wilcoxon rank-sum test) of two independent samples, two-sided, with the
/// p-value chosen as SciPy's `mannwhitneyu(x, y, method='auto')` chooses it: exact when no value is tied
/// and at least one sample has at most 8 values, otherwise the normal approximation with the tie and
/// continuity corrections (Lehmann 1975, §1.4; SciPy's documentation of `mannwhitneyu`).
public struct MannWhitneyU: Codable, Sendable, Equatable {
    /// Variable 1, with its ranks among both samples.
    public let first: RankSample
    /// Variable 2.
    public let second: RankSample
    /// U₁ = R₁ − n₁(n₁ + 1)/2: the pairs (x, y) with x > y, ties counting ½ (SciPy's statistic).
    public let u1: Double
    /// U₂ = n₁n₂ − U₁.
    public let u2: Double
    /// min(U₁, U₂), the U that tables print.
    public let u: Double
    /// n₁n₂/2, the mean of U under the null hypothesis.
    public let expectedU: Double
    /// σ_U = √(n₁n₂/12 · (N + 1 − Σ(t³ − t)/(N(N − 1)))) with the tie correction; nil when every value is equal.
    public let standardDeviation: Double?
    /// z = sign(U₁ − n₁n₂/2)·max(0, |U₁ − n₁n₂/2| − ½)/σ_U, with the continuity correction: positive when
    /// Variable 1 tends to be larger. Given whichever method decides the p-value.
    public let z: Double?
    /// The two-sided p-value from `method`.
    public let pValue: Double?
    /// How `pValue` was obtained.
    public let method: RankTestMethod
    /// Σ(t³ − t) over groups of tied values in both samples together.
    public let tieSum: Double
    /// r = z/√N (Rosenthal 1991; Fritz, Morris & Richler 2012), signed as z.
    public let effectSizeR: Double?
    /// The rank-biserial correlation (U₁ − U₂)/(n₁n₂) (Kerby 2014): the share of pairs in which Variable 1
    /// is larger minus the share in which it is smaller, from −1 to 1.
    public let rankBiserial: Double
    /// The significance level the reading uses.
    public let alpha: Double
    /// Why a figure is absent.
    public let notes: [AnalysisNote]

    /// SciPy's rule: with no ties the exact distribution is used unless both samples exceed this size.
    public static let exactSampleLimit = 8

    /// Runs the test; blanks are skipped per column.
    /// - Throws: `AnalysisError.tooFewObservations` (an empty sample), `.invalidParameter` (α outside (0, 1)).
    public static func compute(_ first: Variable, _ second: Variable, alpha: Double = 0.05) throws -> MannWhitneyU {
        try validateAlpha(alpha)
        let x = first.presentValues, y = second.presentValues
        for (variable, values) in [(first, x), (second, y)] where values.isEmpty {
            throw AnalysisError.tooFewObservations(procedure: .mannWhitney(variable: variable.name), needed: 1, found: 0)
        }
        return MannWhitneyU(first: first.name, x, second: second.name, y, alpha: alpha)
    }

    private init(first firstName: String, _ x: [Double], second secondName: String, _ y: [Double], alpha: Double) {
        let ranks = midRanks(x + y)
        let n1 = Double(x.count), n2 = Double(y.count), n = n1 + n2
        first = RankSample(name: firstName, values: x, ranks: ranks[..<x.count])
        second = RankSample(name: secondName, values: y, ranks: ranks[x.count...])
        u1 = first.rankSum - n1 * (n1 + 1) / 2
        u2 = n1 * n2 - u1
        u = min(u1, u2)
        expectedU = n1 * n2 / 2
        tieSum = sumOfTieCubes(x + y)
        rankBiserial = (u1 - u2) / (n1 * n2)
        self.alpha = alpha
        let variance = n1 * n2 / 12 * ((n + 1) - tieSum / (n * (n - 1)))
        let allEqual = (x + y).allSatisfy { $0 == x[0] }
        if allEqual || !(variance > 0) {
            standardDeviation = nil
            z = nil
            effectSizeR = nil
            notes = [AnalysisNote(subject: "z", reason: .zeroVariance)]
        } else {
            let sigma = variance.squareRoot()
            let deviation = u1 - expectedU
            let corrected = Double(signOf: deviation, magnitudeOf: max(0, abs(deviation) - 0.5)) / sigma
            standardDeviation = sigma
            z = corrected
            effectSizeR = corrected / n.squareRoot()
            notes = []
        }
        if tieSum == 0, min(x.count, y.count) <= Self.exactSampleLimit {
            method = .exact
            // Two-sided: twice P(U ≥ max(U₁, U₂)) = twice P(U ≤ min(U₁, U₂)) by symmetry; U is whole without ties.
            let tail = MannWhitneyDistribution(x.count, y.count).lowerTail(Int(u.rounded()))
            pValue = min(1, 2 * tail)
        } else {
            method = .normal
            pValue = z.map(Normal.standard.twoSidedPValue)
        }
    }
}
