import Analysis

/// What a two-sample test says in plain words, and the caveats that apply to it.
struct TwoSampleReading {
    /// Below this many values in a sample, the reading warns that normality cannot be judged.
    static let smallSample = 10

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, test: TwoSampleTest, grouping: SampleGrouping? = nil) {
        if let grouping {
            findings.append(TestReadingSentences.groupsCompared(grouping, counts: test.counts, language))
        }
        switch test {
        case .t(let t):
            let statistic = t.tStatistic.map { "t = \(Self.quoted($0))" } ?? "t = —"
            let paired = t.kind == .paired
            findings.append(TestReadingSentences.meanHypotheses(first: t.first.name, second: t.second.name, paired: paired,
                                                                delta: Self.delta(t.hypothesizedDifference), language))
            findings.append(ReadingSentences.decisionRule(.difference, level: Self.percent(t.alpha), language))
            findings.append(Self.meanDifference(language, t.first, t.second, pairs: paired ? t.first.count : nil,
                                                statistic: statistic, p: t.pTwoTail, alpha: t.alpha))
            if let interval = Self.interval(language, t.first, t.second, paired: paired, variance: Self.variance(t),
                                            critical: t.tCriticalTwoTail, alpha: t.alpha, delta: t.hypothesizedDifference) {
                findings.append(interval)
            }
            if t.kind == .unequalVariances, let exactP = t.exactPTwoTail {
                // Two decimals: at 3 significant digits a df of 15,564.83 would read "15,565", the very integer it rounds to.
                findings.append(TestReadingSentences.welchExact(exact: NumberFormat.decimals(2).approximateDisplay(of: t.exactDegreesOfFreedom),
                                                                rounded: NumberFormat.integer.approximateDisplay(of: t.degreesOfFreedom),
                                                                p: Self.p(exactP), language))
            }
            if !t.droppedRows.isEmpty { warnings.append(TestReadingSentences.pairsDropped(t.droppedRows.count, language)) }
            addSampleWarnings(language, t.first, t.second)
        case .z(let z):
            findings.append(TestReadingSentences.meanHypotheses(first: z.first.name, second: z.second.name, paired: false,
                                                                delta: Self.delta(z.hypothesizedDifference), language))
            findings.append(ReadingSentences.decisionRule(.difference, level: Self.percent(z.alpha), language))
            findings.append(Self.meanDifference(language, z.first, z.second, pairs: nil, statistic: "z = \(Self.quoted(z.z))",
                                                p: z.pTwoTail, alpha: z.alpha))
            if z.knownVariances.count == 2, z.first.count > 0, z.second.count > 0,
               let interval = Self.interval(language, z.first, z.second, paired: false,
                                            variance: z.knownVariances[0] / Double(z.first.count) + z.knownVariances[1] / Double(z.second.count),
                                            critical: z.zCriticalTwoTail, alpha: z.alpha, delta: z.hypothesizedDifference) {
                findings.append(interval)
            }
            addSampleWarnings(language, z.first, z.second)
        case .f(let f):
            findings.append(TestReadingSentences.varianceHypotheses(first: f.first.name, second: f.second.name,
                                                                    firstLarger: (f.f ?? 1) >= 1, language))
            findings.append(ReadingSentences.decisionRule(.difference, level: Self.percent(f.alpha), language))
            findings.append(TestReadingSentences.varianceRatio(
                first: f.first.name, second: f.second.name,
                variances: (Self.quoted(f.first.variance), Self.quoted(f.second.variance)),
                ratio: Self.quoted(f.f), p: f.pOneTail.map(Self.p) ?? "p = —", level: Self.percent(f.alpha),
                significant: f.pOneTail.map { $0 < f.alpha } ?? false, language))
            if let ratio = f.f, ratio.isFinite, ratio > 0,
               let distribution = try? FisherF(numeratorDegreesOfFreedom: f.numeratorDegreesOfFreedom,
                                               denominatorDegreesOfFreedom: f.denominatorDegreesOfFreedom) {
                // Each tail α, so the interval leaves out 1 exactly when the one-tailed test is significant.
                let (lower, upper) = (ratio / distribution.inverseSurvival(f.alpha), ratio / distribution.quantile(f.alpha))
                findings.append(ReadingSentences.interval(
                    TestReadingSentences.varianceRatioName(first: f.first.name, second: f.second.name, language),
                    level: FormulaNumber.text(100 - 2 * f.alpha * 100) + "%", lower: Self.quoted(lower), upper: Self.quoted(upper),
                    nullValue: "1", containsNull: lower <= 1 && 1 <= upper, largest: nil, language))
            }
            findings.append(TestReadingSentences.preferWelch(language))
            // The one-tail α note stands once, under the F-test sheet's table beside the α it explains, not here again.
            if min(f.first.count, f.second.count) < Self.smallSample {
                warnings.append(TestReadingSentences.smallSamples(min(f.first.count, f.second.count), language))
            }
        }
    }

    private mutating func addSampleWarnings(_ language: Language, _ first: SampleSummary, _ second: SampleSummary) {
        let smallest = min(first.count, second.count)
        if smallest < Self.smallSample { warnings.append(TestReadingSentences.smallSamples(smallest, language)) }
        warnings.append(Labels.Notes.significanceIsNotSize.text(language))
        warnings.append(Labels.Notes.associationIsNotCause.text(language))
    }

    private static func meanDifference(_ language: Language, _ first: SampleSummary, _ second: SampleSummary, pairs: Int?,
                                       statistic: String, p: Double?, alpha: Double) -> String {
        let difference = first.mean - second.mean
        return TestReadingSentences.meanDifference(
            first: first.name, second: second.name, means: (quoted(first.mean), quoted(second.mean)),
            difference: quoted(abs(difference)), higher: difference >= 0, pairs: pairs, statistic: statistic,
            p: p.map(Self.p) ?? "p = —", level: percent(alpha), significant: p.map { $0 < alpha } ?? false, language)
    }

    /// The hypothesized difference as the hypotheses quote it; nil when it is 0.
    private static func delta(_ value: Double) -> String? {
        value == 0 ? nil : quoted(value)
    }

    /// The squared standard error of the difference in means, from the summaries as the t-test sheet has them.
    private static func variance(_ t: TTest) -> Double? {
        guard let v1 = t.first.variance, let v2 = t.second.variance, t.first.count > 0, t.second.count > 0 else { return nil }
        let n1 = Double(t.first.count), n2 = Double(t.second.count)
        switch t.kind {
        case .equalVariances: return t.pooledVariance.map { $0 * (1 / n1 + 1 / n2) }
        case .unequalVariances: return v1 / n1 + v2 / n2
        case .paired: return t.pearsonCorrelation.map { (v1 + v2 - 2 * $0 * (v1 * v2).squareRoot()) / n1 }
        }
    }

    /// The (1 − α) interval of the difference in means against Δ, with the largest difference it allows when
    /// it contains 0.
    private static func interval(_ language: Language, _ first: SampleSummary, _ second: SampleSummary, paired: Bool,
                                 variance: Double?, critical: Double, alpha: Double, delta: Double) -> String? {
        guard let variance, variance.isFinite, variance >= 0, critical.isFinite else { return nil }
        let difference = first.mean - second.mean
        let half = critical.magnitude * variance.squareRoot()
        let (lower, upper) = (difference - half, difference + half)
        let contains = lower <= delta && delta <= upper
        return ReadingSentences.interval(
            TestReadingSentences.differenceOfMeans(first: first.name, second: second.name, paired: paired, language),
            level: FormulaNumber.text(100 - alpha * 100) + "%", lower: quoted(lower), upper: quoted(upper), nullValue: delta == 0 ? "0" : quoted(delta),
            containsNull: contains, largest: contains && delta == 0 ? quoted(max(abs(lower), abs(upper))) : nil, language)
    }

    /// A figure with 3 significant digits, as a person would quote it.
    private static func quoted(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return NumberFormat.significant(value, digits: 3).approximateDisplay(of: value)
    }

    private static func p(_ value: Double) -> String {
        ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: value), isBelowThousandth: value < 0.001)
    }

    /// A significance level as a percentage: 0.05 → `5%`, 0.025 → `2.5%`.
    private static func percent(_ alpha: Double) -> String {
        FormulaNumber.text(alpha * 100) + "%"
    }
}
