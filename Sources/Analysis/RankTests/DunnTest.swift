/// Dunn's test (Dunn 1964) after a Kruskal–Wallis test: for each pair of groups
/// z = (R̄ᵢ − R̄ⱼ)/√((N(N + 1)/12 − Σ(t³ − t)/(12(N − 1)))·(1/nᵢ + 1/nⱼ)), the variance of a mean rank with the
/// tie correction, a two-sided normal p-value, and Holm's step-down adjustment over all pairs.
public struct DunnTest: Codable, Sendable, Equatable {
    /// One pair of groups, i < j in input order.
    public struct Comparison: Codable, Sendable, Equatable {
        /// Name of group i.
        public let first: String
        /// Name of group j.
        public let second: String
        /// R̄ᵢ − R̄ⱼ.
        public let meanRankDifference: Double
        /// The standard error of the difference; 0 when every value is equal.
        public let standardError: Double
        /// meanRankDifference / standardError; nil when the standard error is 0.
        public let z: Double?
        /// P(|Z| > |z|), for this pair alone.
        public let pValue: Double?
        /// Holm's adjustment of `pValue` over all pairs.
        public let adjustedPValue: Double?
    }

    /// Every pair i < j, in input order.
    public let comparisons: [Comparison]
    /// The adjustment for multiple comparisons: `"holm"`.
    public let adjustment: String
    /// The family-wise significance level the adjusted p-values are compared with.
    public let alpha: Double

    /// As with Tukey–Kramer, 20 groups already make 190 pairs: more would fill the sheet with comparisons
    /// nobody reads.
    public static let maximumGroups = 20

    /// Compares every pair of the groups of `kruskal`.
    public static func compute(_ kruskal: KruskalWallis) -> DunnTest {
        let n = Double(kruskal.observations)
        let variance = n * (n + 1) / 12 - kruskal.tieSum / (12 * (n - 1))
        var raw: [(first: RankSample, second: RankSample, difference: Double, standardError: Double, z: Double?)] = []
        for i in kruskal.groups.indices {
            for j in kruskal.groups.indices where j > i {
                let a = kruskal.groups[i], b = kruskal.groups[j]
                let difference = a.meanRank - b.meanRank
                let standardError = variance > 0 ? (variance * (1 / Double(a.count) + 1 / Double(b.count))).squareRoot() : 0
                raw.append((a, b, difference, standardError, standardError > 0 ? difference / standardError : nil))
            }
        }
        let pValues = raw.map { $0.z.map(Normal.standard.twoSidedPValue) }
        let present = pValues.compactMap { $0 }
        let adjusted = present.count == pValues.count ? HolmAdjustment.adjust(present).map { Optional($0) }
            : pValues.map { _ in nil }
        return DunnTest(comparisons: raw.indices.map { index in
            let pair = raw[index]
            return Comparison(first: pair.first.name, second: pair.second.name, meanRankDifference: pair.difference,
                              standardError: pair.standardError, z: pair.z, pValue: pValues[index],
                              adjustedPValue: adjusted[index])
        }, adjustment: "holm", alpha: kruskal.alpha)
    }
}
