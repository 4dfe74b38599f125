/// The Kruskal–Wallis H test of k independent samples (Kruskal & Wallis 1952) with the tie correction,
/// as SciPy's `kruskal`: H = 12/(N(N + 1))·Σ Rᵢ²/nᵢ − 3(N + 1), divided by 1 − Σ(t³ − t)/(N³ − N), against
/// χ²(k − 1).
///
/// H is formed as (N − 1)·Σ nᵢ(R̄ᵢ − R̄)² / Σ(r − R̄)² over all midranks r (R̄ = (N + 1)/2), which equals the
/// tie-corrected statistic exactly (the one-way ANOVA of the ranks) without subtracting two large numbers,
/// and is how the result sheet writes it with `DEVSQ`.
public struct KruskalWallis: Codable, Sendable, Equatable {
    /// Each group with its ranks among all groups, in input order.
    public let groups: [RankSample]
    /// N, the values over all groups.
    public let observations: Int
    /// H with the tie correction; nil when every value is equal.
    public let h: Double?
    /// k − 1.
    public let degreesOfFreedom: Int
    /// P(χ²(k − 1) > H).
    public let pValue: Double?
    /// The H with P(χ²(k − 1) > H) = α.
    public let chiSquareCritical: Double
    /// Σ(t³ − t) over groups of tied values.
    public let tieSum: Double
    /// 1 − Σ(t³ − t)/(N³ − N), the factor H was divided by.
    public let tieCorrection: Double
    /// ε² = H/(N − 1) (Tomczak & Tomczak 2014: H/((N² − 1)/(N + 1))), the share of the ranks' variation
    /// between groups, from 0 to 1.
    public let epsilonSquared: Double?
    /// The significance level the reading and Dunn's comparisons use.
    public let alpha: Double
    /// Why a figure is absent.
    public let notes: [AnalysisNote]

    /// Runs the test on groups given as variables (blanks skipped).
    /// - Throws: `AnalysisError.tooFewObservations` when fewer than 2 groups are given or a group is empty,
    ///   `.invalidParameter` for α outside (0, 1).
    public static func compute(_ groups: [Variable], alpha: Double = 0.05) throws -> KruskalWallis {
        try validateAlpha(alpha)
        guard groups.count >= 2 else {
            throw AnalysisError.tooFewObservations(procedure: .kruskalWallisGroups, needed: 2, found: groups.count)
        }
        let samples = groups.map(\.presentValues)
        for (group, sample) in zip(groups, samples) where sample.isEmpty {
            throw AnalysisError.tooFewObservations(procedure: .kruskalWallisGroup(name: group.name), needed: 1, found: 0)
        }
        return try KruskalWallis(names: groups.map(\.name), samples: samples, alpha: alpha)
    }

    private init(names: [String], samples: [[Double]], alpha: Double) throws {
        let combined = samples.flatMap { $0 }
        let ranks = midRanks(combined)
        var start = 0
        groups = zip(names, samples).map { name, sample in
            defer { start += sample.count }
            return RankSample(name: name, values: sample, ranks: ranks[start..<(start + sample.count)])
        }
        let n = Double(combined.count)
        observations = combined.count
        degreesOfFreedom = samples.count - 1
        tieSum = sumOfTieCubes(combined)
        tieCorrection = 1 - tieSum / (n * n * n - n)
        self.alpha = alpha
        let distribution = try ChiSquared(degreesOfFreedom: Double(degreesOfFreedom))
        chiSquareCritical = distribution.inverseSurvival(alpha)
        let centre = (n + 1) / 2
        let total = ranks.reduce(DoubleDouble.zero) { sum, rank in sum + (rank - centre) * (rank - centre) }
        let between = groups.reduce(DoubleDouble.zero) { sum, group in
            let d = DoubleDouble(group.meanRank) - centre
            return sum + d * d * Double(group.count)
        }
        if total.hi > 0 {
            let statistic = (between * (n - 1) / total).value
            h = statistic
            pValue = distribution.sf(statistic)
            epsilonSquared = statistic / (n - 1)
            notes = []
        } else {
            h = nil
            pValue = nil
            epsilonSquared = nil
            notes = [AnalysisNote(subject: "H", reason: .zeroVariance)]
        }
    }
}
