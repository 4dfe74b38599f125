/// The Wilcoxon signed-rank test of paired samples (Wilcoxon 1945), two-sided, exactly as SciPy's
/// `wilcoxon(x, y)` with its defaults: differences x − y of zero are dropped before ranking
/// (`zero_method='wilcox'`), no continuity correction, and `method='auto'`: over 50 pairs the normal
/// approximation; otherwise the exact distribution when no |difference| is tied and none is zero; otherwise,
/// up to 13 pairs, all 2ⁿ sign changes of the midranks (SciPy's permutation test); otherwise the normal
/// approximation with the tie correction. The pair counts in these rules include the zero differences.
public struct WilcoxonSignedRank: Codable, Sendable, Equatable {
    /// Variable 1 over the complete pairs.
    public let first: PairedSample
    /// Variable 2 over the complete pairs.
    public let second: PairedSample
    /// Complete pairs.
    public let pairs: Int
    /// Pairs whose difference is zero, left out of the ranking.
    public let zeroDifferences: Int
    /// Pairs ranked: pairs − zeroDifferences.
    public let rankedPairs: Int
    /// `MEDIAN` of the differences x − y over all complete pairs.
    public let medianDifference: Double
    /// R+: the sum of the ranks of |x − y| where x > y.
    public let positiveRankSum: Double
    /// R−: the sum of the ranks where x < y.
    public let negativeRankSum: Double
    /// T = min(R+, R−), SciPy's two-sided statistic.
    public let t: Double
    /// n(n + 1)/4 over the ranked pairs, the mean of R+ under the null hypothesis.
    public let expectedRankSum: Double
    /// √((n(n + 1)(2n + 1) − Σ(t³ − t)/2)/24), R+'s standard deviation with the tie correction.
    public let standardDeviation: Double
    /// z = (R+ − n(n + 1)/4)/σ, positive when Variable 1 tends to be larger.
    public let z: Double
    /// The two-sided p-value from `method`.
    public let pValue: Double
    /// How `pValue` was obtained.
    public let method: RankTestMethod
    /// Σ(t³ − t) over groups of tied |differences|.
    public let tieSum: Double
    /// r = z/√n over the ranked pairs (Rosenthal 1991).
    public let effectSizeR: Double
    /// The matched-pairs rank-biserial correlation (R+ − R−)/(R+ + R−) (Kerby 2014), from −1 to 1.
    public let rankBiserial: Double
    /// The significance level the reading uses.
    public let alpha: Double
    /// 0-based rows left out because one value of the pair is missing.
    public let droppedRows: [Int]
    /// Dropped pairs, as for the paired t-test.
    public let notes: [AnalysisNote]

    /// The name, count and median of one side of the pairs.
    public struct PairedSample: Codable, Sendable, Equatable {
        public let name: String
        public let count: Int
        public let median: Double
    }

    /// SciPy's rules: the normal approximation over this many pairs; the permutation test with ties up to `permutationLimit`.
    public static let exactPairLimit = 50
    public static let permutationLimit = 13

    /// Runs the test on the rows complete in both variables (listwise deletion).
    /// - Throws: `AnalysisError.lengthMismatch`, `.tooFewObservations` (no pair with a non-zero difference),
    ///   `.invalidParameter` (α outside (0, 1)).
    public static func compute(_ first: Variable, _ second: Variable, alpha: Double = 0.05) throws -> WilcoxonSignedRank {
        try validateAlpha(alpha)
        let cases = try CompleteCases([first, second])
        let differences = zip(cases.columns[0], cases.columns[1]).map { $0 - $1 }
        let nonZero = differences.filter { $0 != 0 }
        guard !nonZero.isEmpty else {
            throw AnalysisError.tooFewObservations(procedure: .wilcoxonPairs, needed: 1, found: 0)
        }
        return WilcoxonSignedRank(first: first.name, second: second.name, cases: cases, differences: differences,
                                  nonZero: nonZero, alpha: alpha)
    }

    private init(first firstName: String, second secondName: String, cases: CompleteCases, differences: [Double],
                 nonZero: [Double], alpha: Double) {
        let median = { (values: [Double]) in Percentiles.median(values.sorted()) ?? .nan }
        first = PairedSample(name: firstName, count: cases.count, median: median(cases.columns[0]))
        second = PairedSample(name: secondName, count: cases.count, median: median(cases.columns[1]))
        pairs = cases.count
        rankedPairs = nonZero.count
        zeroDifferences = pairs - rankedPairs
        medianDifference = median(differences)
        let magnitudes = nonZero.map(abs)
        let ranks = midRanks(magnitudes)
        positiveRankSum = zip(nonZero, ranks).filter { $0.0 > 0 }.reduce(0) { $0 + $1.1 }
        negativeRankSum = zip(nonZero, ranks).filter { $0.0 < 0 }.reduce(0) { $0 + $1.1 }
        t = min(positiveRankSum, negativeRankSum)
        tieSum = sumOfTieCubes(magnitudes)
        let n = Double(rankedPairs)
        expectedRankSum = n * (n + 1) / 4
        standardDeviation = ((n * (n + 1) * (2 * n + 1) - tieSum / 2) / 24).squareRoot()
        z = (positiveRankSum - expectedRankSum) / standardDeviation
        effectSizeR = z / n.squareRoot()
        rankBiserial = (positiveRankSum - negativeRankSum) / (positiveRankSum + negativeRankSum)
        self.alpha = alpha
        droppedRows = cases.dropped.map(\.index)
        notes = cases.dropped.isEmpty ? []
            : [AnalysisNote(subject: "pairs", reason: .incompletePairsDropped(count: cases.dropped.count))]
        if pairs > Self.exactPairLimit || ((tieSum > 0 || zeroDifferences > 0) && pairs > Self.permutationLimit) {
            method = .normal
            pValue = Normal.standard.twoSidedPValue(z)
        } else {
            method = tieSum > 0 || zeroDifferences > 0 ? .permutation : .exact
            // Midranks are whole or half numbers, so doubled they are exact integers.
            let distribution = SignedRankDistribution(doubledRanks: ranks.map { Int(($0 * 2).rounded()) })
            pValue = distribution.twoSidedPValue(doubledRankSum: Int((positiveRankSum * 2).rounded()))
        }
    }
}
