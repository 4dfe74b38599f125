/// Anova: Single Factor (toolpak.md §3.5) with effect sizes η² and ω².
///
/// Sums of squares are two-pass double-double sums (numerics reference §2): group and grand means
/// in double-double, SSB = Σ nᵢ(x̄ᵢ − x̄)², SSW = Σ DEVSQ(groupᵢ), SST = DEVSQ(all). This reaches the
/// best accuracy a Double input allows on the NIST StRD one-way ANOVA sets.
public struct OneWayANOVA: Codable, Sendable, Equatable {
    /// SUMMARY block: one row per group.
    public let groups: [SampleSummary]
    /// "Between Groups" (df g − 1) with F, P-value and F crit.
    public let between: ANOVASource
    /// "Within Groups" (df N − g).
    public let within: ANOVASource
    /// "Total" (df N − 1).
    public let total: ANOVASource
    /// The α of F crit.
    public let alpha: Double
    /// η² = SSB/SST; nil when SST = 0.
    public let etaSquared: Double?
    /// ω² = (SSB − (g−1)·MSW)/(SST + MSW); nil when undefined.
    public let omegaSquared: Double?
    /// √MSW, the pooled within-group standard deviation.
    public let residualStandardDeviation: Double?
    /// Why a figure is absent.
    public let notes: [AnalysisNote]
    /// The group means in double-double, for differences that keep their digits when the means share
    /// their leading ones (Tukey–Kramer); not encoded, so empty after decoding (then the rounded means serve).
    var exactMeans: [DoubleDouble] = []

    private enum CodingKeys: String, CodingKey {
        case groups, between, within, total, alpha, etaSquared, omegaSquared, residualStandardDeviation, notes
    }

    /// Equal when every reported figure is equal (the unencoded double-double means are their source).
    public static func == (a: OneWayANOVA, b: OneWayANOVA) -> Bool {
        a.groups == b.groups && a.between == b.between && a.within == b.within && a.total == b.total
            && a.alpha == b.alpha && a.etaSquared == b.etaSquared && a.omegaSquared == b.omegaSquared
            && a.residualStandardDeviation == b.residualStandardDeviation && a.notes == b.notes
    }

    /// Runs the analysis on groups given as variables (blanks skipped).
    /// - Throws: `AnalysisError.tooFewObservations` when fewer than 2 groups have values, a group is
    ///   empty, or N − g < 1; `.invalidParameter` for α outside (0, 1).
    public static func compute(_ groups: [Variable], alpha: Double = 0.05) throws -> OneWayANOVA {
        try validateAlpha(alpha)
        return try compute(names: groups.map(\.name), samples: groups.map(\.presentValues), alpha: alpha)
    }

    static func compute(names: [String], samples: [[Double]], alpha: Double) throws -> OneWayANOVA {
        guard samples.count >= 2 else {
            throw AnalysisError.tooFewObservations(procedure: .oneWayGroups, needed: 2, found: samples.count)
        }
        for (name, sample) in zip(names, samples) where sample.isEmpty {
            throw AnalysisError.tooFewObservations(procedure: .oneWayGroup(name: name), needed: 1, found: 0)
        }
        let total = samples.reduce(0) { $0 + $1.count }
        guard total > samples.count else {
            throw AnalysisError.tooFewObservations(procedure: .oneWayObservations,
                                                   needed: samples.count + 1, found: total)
        }
        return OneWayANOVA(names: names, samples: samples, alpha: alpha)
    }

    private init(names: [String], samples: [[Double]], alpha: Double) {
        let sums = samples.map(CentralSums.init)
        let n = sums.reduce(0) { $0 + $1.count }
        let grandMean = sums.reduce(DoubleDouble.zero) { $0 + $1.sum } / Double(n)
        let ssb = sums.reduce(DoubleDouble.zero) { sum, group in
            let d = group.mean - grandMean
            return sum + d * d * Double(group.count)
        }
        let ssw = sums.reduce(DoubleDouble.zero) { $0 + $1.squares }
        let sst = CentralSums(samples.flatMap { $0 }).squares
        let dfBetween = samples.count - 1, dfWithin = n - samples.count
        groups = zip(names, samples).map { SampleSummary(name: $0, values: $1) }
        exactMeans = sums.map(\.mean)
        between = ANOVASource(name: "Between Groups", sumOfSquares: ssb, degreesOfFreedom: dfBetween,
                              error: ssw, errorDegreesOfFreedom: dfWithin, alpha: alpha)
        within = ANOVASource(name: "Within Groups", sumOfSquares: ssw, degreesOfFreedom: dfWithin)
        self.total = ANOVASource(name: "Total", sumOfSquares: sst, degreesOfFreedom: n - 1)
        self.alpha = alpha
        let msw = ssw / Double(dfWithin)
        etaSquared = sst.hi > 0 ? (ssb / sst).value : nil
        let omegaDenominator = sst + msw
        omegaSquared = omegaDenominator.hi > 0 ? ((ssb - msw * Double(dfBetween)) / omegaDenominator).value : nil
        residualStandardDeviation = msw.squareRoot().value
        notes = ssw.hi > 0 ? [] : [AnalysisNote(subject: "F", reason: .zeroErrorVariance)]
    }
}
