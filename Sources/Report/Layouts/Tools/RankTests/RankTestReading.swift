import Analysis

/// What a rank test says in plain words, and the caveats that apply to it.
struct RankTestReading {
    /// Below this many values in a sample the reading warns that an approximate P-value is rough.
    static let smallSample = 10
    /// Below this many values per group H's chi-square approximation is rough (Kruskal & Wallis 1952).
    static let smallGroup = 5

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, mannWhitney test: MannWhitneyU) {
        let p = test.pValue.map(Self.p) ?? "p = —"
        findings.append(RankTestSentences.hypotheses(.twoSample, first: test.first.name, second: test.second.name, language))
        findings.append(ReadingSentences.decisionRule(.difference, level: Self.percent(test.alpha), language))
        findings.append(RankTestSentences.twoSampleVerdict(
            first: test.first.name, second: test.second.name, medians: (Self.quoted(test.first.median), Self.quoted(test.second.median)),
            lower: test.rankBiserial < 0, statistic: "U = \(Self.rankSum(test.u))", p: p,
            method: RankTestSentences.method(RankTestCells.methodText(test.method, language), language),
            level: Self.percent(test.alpha), significant: test.pValue.map { $0 < test.alpha } ?? false, language))
        findings.append(RankTestSentences.superiority(
            first: test.first.name, second: test.second.name,
            percent: NumberFormat.percent(0).approximateDisplay(of: (1 + test.rankBiserial) / 2),
            rankBiserial: Self.decimals(test.rankBiserial), r: test.effectSizeR.map(Self.decimals) ?? "—", language))
        if test.method == .normal, test.tieSum > 0, min(test.first.count, test.second.count) < Self.smallSample {
            warnings.append(RankTestSentences.approximateWithTies(language))
        }
        addCommonWarnings(language)
    }

    init(language: Language, wilcoxon test: WilcoxonSignedRank) {
        findings.append(RankTestSentences.hypotheses(.paired, first: test.first.name, second: test.second.name, language))
        findings.append(ReadingSentences.decisionRule(.difference, level: Self.percent(test.alpha), language))
        findings.append(RankTestSentences.pairedVerdict(
            first: test.first.name, second: test.second.name, pairs: test.pairs, medianDifference: Self.quoted(test.medianDifference),
            lower: test.z < 0, statistic: "T = \(Self.rankSum(test.t))", p: Self.p(test.pValue),
            method: RankTestSentences.method(RankTestCells.methodText(test.method, language), language),
            level: Self.percent(test.alpha), significant: test.pValue < test.alpha, language))
        findings.append(RankTestSentences.signedRanks(first: test.first.name, plus: Self.rankSum(test.positiveRankSum),
                                                      minus: Self.rankSum(test.negativeRankSum),
                                                      rankBiserial: Self.decimals(test.rankBiserial), r: Self.decimals(test.effectSizeR),
                                                      language))
        if test.zeroDifferences > 0 { warnings.append(RankTestSentences.zeroDifferences(test.zeroDifferences, language)) }
        if !test.droppedRows.isEmpty { warnings.append(TestReadingSentences.pairsDropped(test.droppedRows.count, language)) }
        if test.method == .normal, test.rankedPairs < Self.smallSample { warnings.append(RankTestSentences.approximateWithTies(language)) }
        addCommonWarnings(language)
    }

    init(language: Language, kruskal test: KruskalWallis, dunn: DunnTest?) {
        findings.append(RankTestSentences.hypotheses(.groups, first: "", second: "", language))
        findings.append(ReadingSentences.decisionRule(.difference, level: Self.percent(test.alpha), language))
        if let h = test.h, let p = test.pValue {
            findings.append(RankTestSentences.groupsVerdict(h: Self.quoted(h), df: test.degreesOfFreedom, p: Self.p(p),
                                                            level: Self.percent(test.alpha), significant: p < test.alpha, language))
        }
        if let highest = test.groups.max(by: { $0.meanRank < $1.meanRank }),
           let lowest = test.groups.min(by: { $0.meanRank < $1.meanRank }) {
            findings.append(RankTestSentences.rankExtremes(highest: highest.name, highMedian: Self.quoted(highest.median),
                                                           lowest: lowest.name, lowMedian: Self.quoted(lowest.median), language))
        }
        if let epsilon = test.epsilonSquared {
            findings.append(RankTestSentences.epsilonSquared(NumberFormat.decimals(2).approximateDisplay(of: epsilon),
                                                             percent: NumberFormat.percent(0).approximateDisplay(of: epsilon), language))
        }
        if let dunn {
            // A list too long to show whole keeps the most significant pairs first (ReadingList caps it).
            var pairs = dunn.comparisons.compactMap { comparison -> (Double, String)? in
                guard let p = comparison.adjustedPValue, p < dunn.alpha else { return nil }
                return (p, "\(comparison.first) - \(comparison.second) (" + Self.p(p) + ")")
            }
            if pairs.count > ReadingList.limit {
                pairs = pairs.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
            }
            let differing = pairs.map(\.1)
            findings.append(RankTestSentences.dunnPairs(differing, level: Self.percent(dunn.alpha), language))
        } else {
            warnings.append(RankTestSentences.tooManyGroupsForPairs(DunnTest.maximumGroups, language))
        }
        if let smallest = test.groups.map(\.count).min(), smallest < Self.smallGroup {
            warnings.append(RankTestSentences.smallGroups(smallest, language))
        }
        addCommonWarnings(language)
    }

    private mutating func addCommonWarnings(_ language: Language) {
        warnings.append(RankTestSentences.ranksNotMeans(language))
        warnings.append(Labels.Notes.significanceIsNotSize.text(language))
    }

    /// A figure with 3 significant digits, as a person would quote it.
    private static func quoted(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        return NumberFormat.significant(value, digits: 3).approximateDisplay(of: value)
    }

    /// U, T and rank sums are whole or half numbers: shown as they are (`37`, `1,679.5`), not rounded to 3 digits.
    private static func rankSum(_ value: Double) -> String {
        NumberFormat.decimals(value == value.rounded() ? 0 : 1).approximateDisplay(of: value)
    }

    private static func decimals(_ value: Double) -> String {
        NumberFormat.decimals(2).approximateDisplay(of: value)
    }

    private static func p(_ value: Double) -> String {
        ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: value), isBelowThousandth: value < 0.001)
    }

    private static func percent(_ alpha: Double) -> String {
        FormulaNumber.text(alpha * 100) + "%"
    }
}
