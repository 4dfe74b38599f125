import Analysis

/// What a two-sample test says in plain words, and the caveats that apply to it.
struct TwoSampleReading {
    /// Below this many values in a sample, the reading warns that normality cannot be judged.
    static let smallSample = 10

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, test: TwoSampleTest) {
        switch test {
        case .t(let t):
            let statistic = t.tStatistic.map { "t = \(Self.quoted($0))" } ?? "t = —"
            findings.append(Self.meanDifference(language, t.first, t.second, pairs: t.kind == .paired ? t.first.count : nil,
                                                statistic: statistic, p: t.pTwoTail, alpha: t.alpha))
            if t.kind == .unequalVariances, let exactP = t.exactPTwoTail {
                findings.append(TestReadingSentences.welchExact(exact: Self.quoted(t.exactDegreesOfFreedom),
                                                                rounded: NumberFormat.integer.approximateDisplay(of: t.degreesOfFreedom),
                                                                p: Self.p(exactP), language))
            }
            if !t.droppedRows.isEmpty { warnings.append(TestReadingSentences.pairsDropped(t.droppedRows.count, language)) }
            addSampleWarnings(language, t.first, t.second)
        case .z(let z):
            findings.append(Self.meanDifference(language, z.first, z.second, pairs: nil, statistic: "z = \(Self.quoted(z.z))",
                                                p: z.pTwoTail, alpha: z.alpha))
            addSampleWarnings(language, z.first, z.second)
        case .f(let f):
            findings.append(TestReadingSentences.varianceRatio(
                first: f.first.name, second: f.second.name,
                variances: (Self.quoted(f.first.variance), Self.quoted(f.second.variance)),
                ratio: Self.quoted(f.f), p: f.pOneTail.map(Self.p) ?? "p = —", level: Self.percent(f.alpha),
                significant: f.pOneTail.map { $0 < f.alpha } ?? false, language))
            findings.append(TestReadingSentences.preferWelch(language))
            warnings.append(Labels.Notes.fTestAlphaIsOneTail.text(language))
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
