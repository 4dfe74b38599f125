/// Tukey–Kramer multiple comparisons after a one-way ANOVA (numerics reference §6):
/// q_ij = |ȳᵢ − ȳⱼ| / √(MSW/2 · (1/nᵢ + 1/nⱼ)) against the studentized range with k means and
/// N − k df; the simultaneous interval is ȳᵢ − ȳⱼ ± q_crit·√(MSW/2 · (1/nᵢ + 1/nⱼ)).
public struct TukeyKramer: Codable, Sendable, Equatable {
    /// One pair of groups, i < j in input order.
    public struct Comparison: Codable, Sendable, Equatable {
        /// Name of group i.
        public let first: String
        /// Name of group j.
        public let second: String
        /// ȳᵢ − ȳⱼ, the difference of the double-double means rounded once (not the difference of the
        /// rounded means, which loses the digits the means share).
        public let difference: Double
        /// √(MSW/2 · (1/nᵢ + 1/nⱼ)).
        public let standardError: Double
        /// |difference| / standardError; nil when MSW = 0.
        public let q: Double?
        /// P(Q > q), adjusted for all k(k−1)/2 comparisons.
        public let pValue: Double?
        /// Lower end of the simultaneous (1 − α) interval for the difference.
        public let lower: Double
        /// Upper end of the simultaneous interval.
        public let upper: Double
    }

    /// Every pair i < j, in input order.
    public let comparisons: [Comparison]
    /// The q with P(Q > q) = α.
    public let criticalQ: Double
    /// Family-wise significance level.
    public let alpha: Double
    /// N − k.
    public let degreesOfFreedom: Int

    /// The most groups compared pairwise: 20 groups already make 190 pairs, and each p-value is a double
    /// integral, so a column of many categories (an ID, a free-text answer) would take minutes and fill
    /// the sheet with comparisons nobody reads.
    public static let maximumGroups = 20

    /// Compares every pair of groups of a one-way ANOVA.
    /// - Throws: `AnalysisError.invalidParameter` for α outside (0, 1).
    public static func compute(_ anova: OneWayANOVA, alpha: Double = 0.05) throws -> TukeyKramer {
        try validateAlpha(alpha)
        let df = anova.within.degreesOfFreedom
        let distribution = try StudentizedRange(means: anova.groups.count, degreesOfFreedom: Double(df))
        let msw = anova.within.meanSquare ?? 0
        let critical = distribution.inverseSurvival(alpha)
        var comparisons = [Comparison]()
        for i in anova.groups.indices {
            for j in anova.groups.indices where j > i {
                let a = anova.groups[i], b = anova.groups[j]
                let exact = anova.exactMeans.count == anova.groups.count
                let difference = exact ? (anova.exactMeans[i] - anova.exactMeans[j]).value
                                       : (DoubleDouble(a.mean) - b.mean).value
                let standardError = (msw / 2 * (1 / Double(a.count) + 1 / Double(b.count))).squareRoot()
                let q = standardError > 0 ? abs(difference) / standardError : nil
                comparisons.append(Comparison(first: a.name, second: b.name, difference: difference,
                                              standardError: standardError, q: q, pValue: q.map(distribution.sf),
                                              lower: difference - critical * standardError,
                                              upper: difference + critical * standardError))
            }
        }
        return TukeyKramer(comparisons: comparisons, criticalQ: critical, alpha: alpha, degreesOfFreedom: df)
    }
}
