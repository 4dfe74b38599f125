/// The three ToolPak t-tests (toolpak.md §3.8): paired, two samples with equal variances
/// (pooled), two samples with unequal variances (Welch), with every row the ToolPak prints.
public struct TTest: Codable, Sendable, Equatable {
    /// Which of the three tools.
    public enum Kind: String, Codable, Sendable {
        /// Paired; two-sample pooled; two-sample Welch.
        case paired, equalVariances, unequalVariances
    }

    /// Which test was run.
    public let kind: Kind
    /// Variable 1 (for the paired test: over the complete pairs only).
    public let first: SampleSummary
    /// Variable 2.
    public let second: SampleSummary
    /// Pearson correlation of the pairs (paired test only; nil when a column is constant).
    public let pearsonCorrelation: Double?
    /// ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2) (equal-variances test only).
    public let pooledVariance: Double?
    /// Δ, the hypothesised mean difference.
    public let hypothesizedDifference: Double
    /// The one-tail significance level α of the critical values.
    public let alpha: Double
    /// The df the ToolPak prints and uses: n−1, n₁+n₂−2, or the Welch df rounded to an integer.
    public let degreesOfFreedom: Double
    /// The unrounded df (equal to `degreesOfFreedom` except for Welch).
    public let exactDegreesOfFreedom: Double
    /// t Stat; nil when the standard error is zero.
    public let tStatistic: Double?
    /// "P(T<=t) one-tail", which is in fact P(T > |t|) (Microsoft KB 829247).
    public let pOneTail: Double?
    /// t with P(T > t) = α.
    public let tCriticalOneTail: Double
    /// P(|T| > |t|).
    public let pTwoTail: Double?
    /// t with P(|T| > t) = α.
    public let tCriticalTwoTail: Double
    /// Welch only: the two-tail p at the unrounded df, as Excel's `T.TEST(r1, r2, 2, 3)`.
    public private(set) var exactPTwoTail: Double?
    /// Paired test: 0-based rows left out because one value of the pair is missing.
    public let droppedRows: [Int]
    /// Why a figure is absent, and where the output differs from the ToolPak.
    public let notes: [AnalysisNote]

    /// The paired t-test on the rows complete in both variables (listwise deletion, unlike the
    /// ToolPak, which silently mis-pairs when blanks fall in different rows).
    /// - Throws: `AnalysisError.lengthMismatch`, `.tooFewObservations` (fewer than 2 pairs),
    ///   `.invalidParameter` (α outside (0, 1) or a non-finite Δ).
    public static func paired(_ first: Variable, _ second: Variable, hypothesizedDifference: Double = 0,
                              alpha: Double = 0.05) throws -> TTest {
        try validate(alpha: alpha, delta: hypothesizedDifference)
        let cases = try CompleteCases([first, second])
        guard cases.count >= 2 else {
            throw AnalysisError.tooFewObservations(procedure: .pairedTTest, needed: 2, found: cases.count)
        }
        let x = cases.columns[0], y = cases.columns[1]
        let differences = zip(x, y).map { DoubleDouble($0) - $1 }
        let n = Double(differences.count)
        let meanDifference = differences.reduce(DoubleDouble.zero, +) / n
        let squares = differences.reduce(DoubleDouble.zero) { sum, d in
            let deviation = d - meanDifference
            return sum + deviation * deviation
        }
        let standardError = ((squares / (n - 1)) / n).squareRoot().value
        var notes = [AnalysisNote]()
        if !cases.dropped.isEmpty {
            notes.append(AnalysisNote(subject: "pairs", reason: .incompletePairsDropped(count: cases.dropped.count)))
        }
        return try TTest(kind: .paired, first: SampleSummary(name: first.name, values: x),
                         second: SampleSummary(name: second.name, values: y),
                         pearsonCorrelation: PairedSums(x, y).pearson, pooledVariance: nil,
                         difference: meanDifference, standardError: standardError,
                         hypothesizedDifference: hypothesizedDifference, alpha: alpha,
                         degreesOfFreedom: n - 1, exactDegreesOfFreedom: n - 1,
                         droppedRows: cases.dropped.map(\.index), notes: notes)
    }

    /// The two-sample t-test, pooled (`equalVariances`) or Welch; blanks are skipped per column.
    /// - Throws: `AnalysisError.tooFewObservations` (a sample with fewer than 2 values),
    ///   `.invalidParameter` (α outside (0, 1) or a non-finite Δ).
    public static func twoSample(_ first: Variable, _ second: Variable, equalVariances: Bool,
                                 hypothesizedDifference: Double = 0, alpha: Double = 0.05) throws -> TTest {
        try validate(alpha: alpha, delta: hypothesizedDifference)
        let x = first.presentValues, y = second.presentValues
        for (variable, values) in [(first, x), (second, y)] where values.count < 2 {
            throw AnalysisError.tooFewObservations(procedure: .twoSampleTTest(variable: variable.name),
                                                   needed: 2, found: values.count)
        }
        let a = CentralSums(x), b = CentralSums(y)
        let n1 = Double(x.count), n2 = Double(y.count)
        let v1 = a.squares / (n1 - 1), v2 = b.squares / (n2 - 1)
        let difference = a.mean - b.mean
        let summaries = (SampleSummary(name: first.name, values: x), SampleSummary(name: second.name, values: y))
        if equalVariances {
            let pooled = (a.squares + b.squares) / (n1 + n2 - 2)
            let standardError = (pooled * (1 / n1 + 1 / n2)).squareRoot().value
            return try TTest(kind: .equalVariances, first: summaries.0, second: summaries.1,
                             pearsonCorrelation: nil, pooledVariance: pooled.value, difference: difference,
                             standardError: standardError, hypothesizedDifference: hypothesizedDifference,
                             alpha: alpha, degreesOfFreedom: n1 + n2 - 2, exactDegreesOfFreedom: n1 + n2 - 2,
                             droppedRows: [], notes: [])
        }
        // Welch–Satterthwaite: ν = (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)].
        let w1 = (v1 / n1).value, w2 = (v2 / n2).value
        let exactDF = (w1 + w2) * (w1 + w2) / (w1 * w1 / (n1 - 1) + w2 * w2 / (n2 - 1))
        let standardError = (w1 + w2).squareRoot()
        guard exactDF.isFinite else {
            return try TTest(kind: .unequalVariances, first: summaries.0, second: summaries.1,
                             pearsonCorrelation: nil, pooledVariance: nil, difference: difference,
                             standardError: 0, hypothesizedDifference: hypothesizedDifference, alpha: alpha,
                             degreesOfFreedom: n1 + n2 - 2, exactDegreesOfFreedom: n1 + n2 - 2,
                             droppedRows: [], notes: [])
        }
        let rounded = exactDF.rounded(.toNearestOrAwayFromZero)
        var result = try TTest(kind: .unequalVariances, first: summaries.0, second: summaries.1,
                               pearsonCorrelation: nil, pooledVariance: nil, difference: difference,
                               standardError: standardError, hypothesizedDifference: hypothesizedDifference,
                               alpha: alpha, degreesOfFreedom: rounded, exactDegreesOfFreedom: exactDF,
                               droppedRows: [],
                               notes: [AnalysisNote(subject: "df",
                                                    reason: .welchDegreesOfFreedomRounded(exact: exactDF,
                                                                                          rounded: rounded))])
        if let t = result.tStatistic {
            result.exactPTwoTail = try StudentT(degreesOfFreedom: exactDF).twoSidedPValue(t)
        }
        return result
    }

    private static func validate(alpha: Double, delta: Double) throws {
        try validateAlpha(alpha)
        guard delta.isFinite else {
            throw AnalysisError.invalidParameter(name: "hypothesizedDifference", value: delta, requirement: .finite)
        }
    }

    /// Forms t = (difference − Δ)/SE with the difference in double-double, and the ToolPak's
    /// p-values and critical values from t(df) (upper tails computed directly).
    private init(kind: Kind, first: SampleSummary, second: SampleSummary, pearsonCorrelation: Double?,
                 pooledVariance: Double?, difference: DoubleDouble, standardError: Double,
                 hypothesizedDifference: Double, alpha: Double, degreesOfFreedom: Double,
                 exactDegreesOfFreedom: Double, droppedRows: [Int], notes: [AnalysisNote]) throws {
        let distribution = try StudentT(degreesOfFreedom: degreesOfFreedom)
        self.kind = kind
        self.first = first
        self.second = second
        self.pearsonCorrelation = pearsonCorrelation
        self.pooledVariance = pooledVariance
        self.hypothesizedDifference = hypothesizedDifference
        self.alpha = alpha
        self.degreesOfFreedom = degreesOfFreedom
        self.exactDegreesOfFreedom = exactDegreesOfFreedom
        tCriticalOneTail = distribution.inverseSurvival(alpha)
        tCriticalTwoTail = distribution.twoSidedCriticalValue(alpha: alpha)
        self.droppedRows = droppedRows
        if standardError > 0 {
            let t = (difference - hypothesizedDifference).value / standardError
            tStatistic = t
            pOneTail = distribution.sf(abs(t))
            pTwoTail = distribution.twoSidedPValue(t)
            self.notes = notes
        } else {
            tStatistic = nil
            pOneTail = nil
            pTwoTail = nil
            self.notes = notes + [AnalysisNote(subject: "t Stat", reason: .zeroVariance)]
        }
        exactPTwoTail = nil
    }
}
