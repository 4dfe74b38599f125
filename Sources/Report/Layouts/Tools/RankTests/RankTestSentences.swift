// The sentences of the Reading / 解釈 sheet for the rank-based tests, in both languages: the one place to
// fix their wording. Numbers arrive already formatted.

/// Plain-language sentences explaining a Mann–Whitney, Wilcoxon or Kruskal–Wallis test.
enum RankTestSentences {
    /// "The values of A (median 12) tend to be lower than those of B (median 15) (Mann-Whitney U = 9, two-tailed p = 0.03; …)."
    static func twoSampleVerdict(first: String, second: String, medians: (String, String), lower: Bool, statistic: String,
                                 p: String, method: String, level: String, significant: Bool, _ language: Language) -> String {
        switch language {
        case .en:
            let tendency = significant
                ? "The values of \(first) (median \(medians.0)) tend to be \(lower ? "lower" : "higher") than those of \(second) (median \(medians.1))"
                : "The sizes of the values of \(first) (median \(medians.0)) and \(second) (median \(medians.1))"
            let verdict = ReadingSentences.verdict(.difference, significant: significant, level: level, .en)
            return "\(tendency) (\(statistic), two-tailed \(p), \(method); \(verdict))."
        case .ja:
            let tendency = significant
                ? "\(first) の値 (中央値 \(medians.0)) は \(second) の値 (中央値 \(medians.1)) より\(lower ? "小さい" : "大きい")傾向があります"
                : "\(first) (中央値 \(medians.0)) と \(second) (中央値 \(medians.1)) の値の大きさ"
            let verdict = ReadingSentences.verdict(.difference, significant: significant, level: level, .ja)
            return "\(tendency) (\(statistic)、両側 \(p)、\(method)、\(verdict))。"
        }
    }

    /// "A randomly chosen value of A exceeds one of B with probability 28% (…)."
    static func superiority(first: String, second: String, percent: String, rankBiserial: String, r: String,
                            _ language: Language) -> String {
        switch language {
        case .en:
            return "A value of \(first) picked at random is larger than one of \(second) with probability \(percent), ties counting half (rank-biserial correlation \(rankBiserial), effect size r = \(r))."
        case .ja:
            return "\(first) と \(second) から 1 つずつ値を選ぶと、\(first) の方が大きい確率は \(percent) です (同じ値は半分と数えます。順位双列相関 \(rankBiserial)、効果量 r = \(r))。"
        }
    }

    /// "Over the 12 pairs, A tends to be higher than B (median difference 1.5) (…)."
    static func pairedVerdict(first: String, second: String, pairs: Int, medianDifference: String, lower: Bool,
                              statistic: String, p: String, method: String, level: String, significant: Bool,
                              _ language: Language) -> String {
        switch language {
        case .en:
            let tendency = significant
                ? "Over the \(pairs) pairs, \(first) tends to be \(lower ? "lower" : "higher") than \(second) (median difference \(medianDifference))"
                : "Over the \(pairs) pairs, \(first) against \(second) (median difference \(medianDifference))"
            let verdict = ReadingSentences.verdict(.difference, significant: significant, level: level, .en)
            return "\(tendency) (\(statistic), two-tailed \(p), \(method); \(verdict))."
        case .ja:
            let tendency = significant
                ? "\(pairs) 組の対で見ると、\(first) は \(second) より\(lower ? "小さい" : "大きい")傾向があります (差の中央値 \(medianDifference))"
                : "\(pairs) 組の対で見た \(first) と \(second) (差の中央値 \(medianDifference))"
            let verdict = ReadingSentences.verdict(.difference, significant: significant, level: level, .ja)
            return "\(tendency) (\(statistic)、両側 \(p)、\(method)、\(verdict))。"
        }
    }

    /// "Where the pairs differ, A is larger in pairs whose ranks add up to 40 and smaller in 5 (…)."
    static func signedRanks(first: String, plus: String, minus: String, rankBiserial: String, r: String, _ language: Language) -> String {
        switch language {
        case .en:
            return "Ranking the pairs by the size of their difference, the pairs where \(first) is larger have ranks adding up to \(plus), the others \(minus) (rank-biserial correlation \(rankBiserial), effect size r = \(r))."
        case .ja:
            return "差の大きさで対に順位をつけると、\(first) の方が大きい対の順位和は \(plus)、小さい対の順位和は \(minus) です (順位双列相関 \(rankBiserial)、効果量 r = \(r))。"
        }
    }

    /// The Kruskal–Wallis verdict.
    static func groupsVerdict(h: String, df: Int, p: String, level: String, significant: Bool, _ language: Language) -> String {
        switch language {
        case .en:
            return significant ? "The groups' values differ in size significantly at the \(level) level (Kruskal-Wallis H = \(h), df = \(df), \(p))."
                : "The sizes of the groups' values (Kruskal-Wallis H = \(h), df = \(df), \(p)): \(ReadingSentences.verdict(.difference, significant: false, level: level, .en))."
        case .ja:
            return significant ? "グループの間で値の大きさに \(level) 水準で有意な差があります (クラスカル・ウォリスの H = \(h)、自由度 \(df)、\(p))。"
                : "グループの間の値の大きさ (クラスカル・ウォリスの H = \(h)、自由度 \(df)、\(p)): \(ReadingSentences.verdict(.difference, significant: false, level: level, .ja))。"
        }
    }

    /// Highest and lowest mean rank.
    static func rankExtremes(highest: String, highMedian: String, lowest: String, lowMedian: String, _ language: Language) -> String {
        switch language {
        case .en: return "The highest mean rank is \(highest) (median \(highMedian)), the lowest \(lowest) (median \(lowMedian))."
        case .ja: return "平均順位が最も高いのは \(highest) (中央値 \(highMedian))、最も低いのは \(lowest) (中央値 \(lowMedian)) です。"
        }
    }

    /// ε² in words.
    static func epsilonSquared(_ value: String, percent: String, _ language: Language) -> String {
        switch language {
        case .en: return "ε² = \(value): the groups account for \(percent) of the variation in the ranks."
        case .ja: return "ε² = \(value): 順位のばらつきの \(percent) をグループの違いで説明できます。"
        }
    }

    /// Dunn's pairs that differ after Holm's adjustment.
    static func dunnPairs(_ differing: [String], level: String, _ language: Language) -> String {
        switch language {
        case .en:
            return differing.isEmpty ? "Dunn's test (Holm-adjusted): for no pair of groups is the difference significant at the \(level) level; \(ReadingSentences.notShown(.difference, .en))."
                : "Dunn's test (Holm-adjusted): these pairs differ at the \(level) level: \(ReadingList.joined(differing, .en))."
        case .ja:
            return differing.isEmpty ? "ダンの検定 (ホルム法で調整) では、\(level) 水準で有意な組はなく、どの組も\(ReadingSentences.notShown(.difference, .ja))。"
                : "ダンの検定 (ホルム法で調整) で \(level) 水準の差がある組: \(ReadingList.joined(differing, .ja))。"
        }
    }

    /// The hypotheses of a rank test.
    static func hypotheses(_ test: RankTestKind, first: String, second: String, _ language: Language) -> String {
        let (null, alternative): (String, String)
        switch (test, language) {
        case (.twoSample, .en): (null, alternative) = ("the values of \(first) and \(second) come from the same distribution", "the values of one tend to be larger")
        case (.twoSample, .ja): (null, alternative) = ("\(first) と \(second) の値は同じ分布から来ている", "一方の値の方が大きくなりやすい")
        case (.paired, .en): (null, alternative) = ("the differences \(first) − \(second) are spread symmetrically around 0", "they lean to one side")
        case (.paired, .ja): (null, alternative) = ("対の差 (\(first) − \(second)) は 0 を中心に対称に分布する", "差が一方に偏っている")
        case (.groups, .en): (null, alternative) = ("all groups' values come from the same distribution", "the values of some group tend to be larger or smaller")
        case (.groups, .ja): (null, alternative) = ("すべてのグループの値は同じ分布から来ている", "あるグループの値が大きく (小さく) なりやすい")
        }
        return ReadingSentences.hypotheses(null: null, alternative: alternative, language)
    }

    /// Which rank test the hypotheses are of.
    enum RankTestKind { case twoSample, paired, groups }

    /// How the p-value was found, for the verdict's parenthesis.
    static func method(_ method: String, _ language: Language) -> String {
        switch language {
        case .en: return "P-value: \(method.prefix(1).lowercased() + method.dropFirst())"
        case .ja: return "P-値は\(method)"
        }
    }

    /// Warning: the rank tests compare sizes, not means.
    static func ranksNotMeans(_ language: Language) -> String {
        switch language {
        case .en: return "A rank test compares which values tend to be larger, not the means: report medians rather than means with it."
        case .ja: return "順位による検定は、平均ではなく値の大小関係を比べます。結果には平均ではなく中央値を添えてください。"
        }
    }

    /// Warning: ties forced the normal approximation on a small sample.
    static func approximateWithTies(_ language: Language) -> String {
        switch language {
        case .en: return "Some values are tied, so the P-value is the normal approximation (as SciPy); with so few values it is rough."
        case .ja: return "同じ値 (同順位) があるため、P-値は正規近似です (SciPy と同じ)。値が少ないので近似は粗くなります。"
        }
    }

    /// Warning: pairs with a difference of zero were left out.
    static func zeroDifferences(_ count: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(count) pair\(count == 1 ? "" : "s") with a difference of 0 \(count == 1 ? "was" : "were") left out before ranking (SciPy's default)."
        case .ja: return "差が 0 の \(count) 組は順位をつける前に除きました (SciPy の既定と同じ)。"
        }
    }

    /// Warning: groups too small for the χ² approximation of H.
    static func smallGroups(_ smallest: Int, _ language: Language) -> String {
        switch language {
        case .en: return "A group has only \(smallest) values: the chi-square approximation of H's P-value is rough below 5 values per group."
        case .ja: return "値が \(smallest) 個しかないグループがあります。1 グループ 5 個未満では H の P-値 (カイ二乗近似) は粗くなります。"
        }
    }

    /// Warning: too many groups for pairwise comparisons.
    static func tooManyGroupsForPairs(_ limit: Int, _ language: Language) -> String {
        switch language {
        case .en: return "With more than \(limit) groups the pairwise comparisons (Dunn's test) are left out."
        case .ja: return "グループが \(limit) を超えるため、組ごとの比較 (ダンの検定) は省きました。"
        }
    }
}
