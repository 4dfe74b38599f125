import Analysis

// The sentences of the Reading / 解釈 sheet for one-way ANOVA, in both languages: the one place to fix
// their wording.

/// What a one-way ANOVA says in plain words: whether the group means differ, which are highest and
/// lowest, and how much of the variation the groups account for.
struct AnovaReading {
    /// Groups smaller than this make the normality and equal-variance assumptions impossible to judge.
    static let smallGroup = 5

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, anova: OneWayANOVA, tukey: TukeyKramer?, equalVariances: [LeveneTest]) {
        let quoted = { (value: Double) in NumberFormat.significant(value, digits: 3).approximateDisplay(of: value) }
        let percent = { (alpha: Double) in FormulaNumber.text(alpha * 100) + "%" }
        findings.append(ReadingSentences.hypotheses(null: Self.nullHypothesis(language), alternative: Self.alternative(language), language))
        findings.append(ReadingSentences.decisionRule(.difference, level: percent(anova.alpha), language))
        if let p = anova.between.pValue, let f = anova.between.f {
            let pText = ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: p), isBelowThousandth: p < 0.001)
            findings.append(Self.verdict(f: quoted(f), p: pText, level: percent(anova.alpha), significant: p < anova.alpha, language))
        }
        if let highest = anova.groups.max(by: { $0.mean < $1.mean }), let lowest = anova.groups.min(by: { $0.mean < $1.mean }) {
            findings.append(Self.extremes(highest: highest.name, highMean: quoted(highest.mean), lowest: lowest.name,
                                          lowMean: quoted(lowest.mean), language))
        }
        if let eta = anova.etaSquared {
            findings.append(Self.effect(eta: NumberFormat.decimals(2).approximateDisplay(of: eta),
                                        percent: NumberFormat.percent(0).approximateDisplay(of: eta), language))
        }
        if let tukey {
            // A list too long to show whole keeps the most significant pairs first (ReadingList caps it).
            var differing = tukey.comparisons.filter { ($0.pValue ?? 1) < tukey.alpha }
            if differing.count > ReadingList.limit {
                differing = differing.enumerated()
                    .sorted { ($0.element.pValue ?? 1, $0.offset) < ($1.element.pValue ?? 1, $1.offset) }.map(\.element)
            }
            findings.append(Self.pairs(differing.map { comparison in
                let p = comparison.pValue ?? 1
                return "\(comparison.first) - \(comparison.second) (" + ReadingSentences.pValue(
                    NumberFormat.decimals(3).approximateDisplay(of: p), isBelowThousandth: p < 0.001) + ")"
            }, level: percent(tukey.alpha), language))
        }
        if let tukey, let p = anova.between.pValue, p >= anova.alpha,
           let largest = tukey.comparisons.map({ max(abs($0.lower), abs($0.upper)) }).max(), largest.isFinite {
            findings.append(ReadingSentences.largestCompatible(Self.pairDifference(level: FormulaNumber.text(100 - tukey.alpha * 100) + "%", language), nullValue: "0",
                                                               largest: quoted(largest), language))
        }
        if let smallest = anova.groups.map(\.count).min(), smallest < Self.smallGroup {
            warnings.append(Self.smallGroups(smallest, language))
        }
        if tukey == nil { warnings.append(Self.whichGroups(language)) }
        for test in equalVariances {
            guard let p = test.pValue, p < ReadingLayout.significanceLevel else { continue }
            let pText = ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: p), isBelowThousandth: p < 0.001)
            warnings.append(Self.unequalSpread(test.center == .mean ? "Levene" : "Brown-Forsythe", p: pText, language))
        }
        warnings.append(Labels.Notes.significanceIsNotSize.text(language))
    }

    private static func pairDifference(level: String, _ language: Language) -> String {
        language == .en ? "the difference between two group means (Tukey-Kramer \(level) simultaneous intervals)"
            : "2 グループの平均の差 (テューキー・クレーマー法の \(level) 同時信頼区間)"
    }

    private static func nullHypothesis(_ language: Language) -> String {
        language == .en ? "all groups have the same population mean" : "すべてのグループの母平均は等しい"
    }

    private static func alternative(_ language: Language) -> String {
        language == .en ? "at least one group's population mean differs" : "少なくとも 1 つのグループの母平均が異なる"
    }

    private static func verdict(f: String, p: String, level: String, significant: Bool, _ language: Language) -> String {
        let verdict = ReadingSentences.verdict(.difference, significant: false, level: level, language)
        switch language {
        case .en:
            return significant ? "The group means differ significantly at the \(level) level (F = \(f), \(p))."
                : "The group means (F = \(f), \(p)): \(verdict)."
        case .ja:
            return significant ? "グループの平均には \(level) 水準で有意な差があります (F = \(f)、\(p))。"
                : "グループの平均 (F = \(f)、\(p)): \(verdict)。"
        }
    }

    private static func extremes(highest: String, highMean: String, lowest: String, lowMean: String, _ language: Language) -> String {
        switch language {
        case .en: return "The highest mean is \(highest) (\(highMean)), the lowest \(lowest) (\(lowMean))."
        case .ja: return "平均が最も高いのは \(highest) (\(highMean))、最も低いのは \(lowest) (\(lowMean)) です。"
        }
    }

    private static func effect(eta: String, percent: String, _ language: Language) -> String {
        switch language {
        case .en: return "η² = \(eta): the groups account for \(percent) of the variation."
        case .ja: return "η² = \(eta): ばらつきの \(percent) をグループの違いで説明できます。"
        }
    }

    private static func pairs(_ differing: [String], level: String, _ language: Language) -> String {
        switch language {
        case .en:
            return differing.isEmpty ? "Tukey-Kramer: for no pair of groups is the difference significant at the \(level) level; \(ReadingSentences.notShown(.difference, .en))."
                : "Tukey-Kramer: these pairs differ at the \(level) level: \(ReadingList.joined(differing, .en))."
        case .ja:
            return differing.isEmpty ? "テューキー・クレーマー法では、\(level) 水準で有意な組はなく、どの組も\(ReadingSentences.notShown(.difference, .ja))。"
                : "テューキー・クレーマー法で \(level) 水準の差がある組: \(ReadingList.joined(differing, .ja))。"
        }
    }

    private static func unequalSpread(_ test: String, p: String, _ language: Language) -> String {
        switch language {
        case .en: return "The groups' spreads differ (\(test), \(p)): the ANOVA assumes equal variances, so read its p-value with care."
        case .ja: return "グループのばらつきが異なります (\(test)、\(p))。分散分析は等分散を前提とするため、P 値の解釈には注意してください。"
        }
    }

    private static func smallGroups(_ smallest: Int, _ language: Language) -> String {
        switch language {
        case .en: return "A group has only \(smallest) values: whether its data are roughly normal with a similar spread cannot be judged."
        case .ja: return "値が \(smallest) 個しかないグループがあります。ほぼ正規分布か、ばらつきが同程度かを確かめられません。"
        }
    }

    private static func whichGroups(_ language: Language) -> String {
        switch language {
        case .en: return "ANOVA tells whether some means differ, not which: compare pairs with a multiple-comparison method such as Tukey–Kramer."
        case .ja: return "分散分析はどこかの平均に差があるかを示すだけで、どのグループ間かは示しません。テューキー・クレーマー法などの多重比較で確かめてください。"
        }
    }
}
