// The sentences of the Reading / 解釈 sheet for the normality check, in both languages: the one place to fix
// their wording. Numbers arrive already formatted.

/// Plain-language sentences about whether a column looks normal and what a beginner should do next.
enum NormalitySentences {
    /// "X departs from a normal distribution (Shapiro-Wilk W = 0.91, p = 0.003)." or its negation.
    static func verdict(name: String, w: String, p: String, departs: Bool, _ language: Language) -> String {
        switch language {
        case .en:
            return departs ? "\(name) departs from a normal distribution (Shapiro-Wilk W = \(w), \(p))."
                : "\(name) (Shapiro-Wilk W = \(w), \(p)): \(ReadingSentences.verdict(.departure, significant: false, level: "5%", .en))."
        case .ja:
            return departs ? "\(name) は正規分布から外れています (シャピロ・ウィルク W = \(w)、\(p))。"
                : "\(name) (シャピロ・ウィルク W = \(w)、\(p)): \(ReadingSentences.verdict(.departure, significant: false, level: "5%", .ja))。"
        }
    }

    /// The hypotheses of the Shapiro–Wilk test, once for all columns.
    static func hypotheses(_ language: Language) -> String {
        switch language {
        case .en: return ReadingSentences.hypotheses(null: "the column's values come from a normal distribution", alternative: "they do not", language)
        case .ja: return ReadingSentences.hypotheses(null: "列の値は正規分布から来ている", alternative: "正規分布から来ていない", language)
        }
    }

    /// Shape: skewed to the right or left, when |skewness| is large.
    static func skewed(name: String, skewness: String, right: Bool, _ language: Language) -> String {
        switch language {
        case .en: return "\(name) is skewed, with a long tail to the \(right ? "right (a few large values)" : "left (a few small values)") (skewness \(skewness))."
        case .ja: return "\(name) は\(right ? "右に裾を引いた (少数の大きな値がある)" : "左に裾を引いた (少数の小さな値がある)")分布です (歪度 \(skewness))。"
        }
    }

    /// Next step: enough values for the t-test's robustness.
    static func robustMeans(name: String, count: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(name) has \(count) values: comparing means with a t-test or ANOVA is robust to this much departure at that size. Check the Q-Q plot for outliers and report the median as well."
        case .ja: return "\(name) は値が \(count) 個あり、この程度のずれなら平均を比べる t 検定や分散分析は頑健です。Q-Q プロットで外れ値を確かめ、中央値も添えてください。"
        }
    }

    /// Next step: a small, non-normal or skewed sample calls for a rank test.
    static func preferRanks(name: String, count: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(name) has only \(count) values and does not look normal: to compare groups, consider a rank test (mannwhitney, wilcoxon for pairs, kruskal for three or more groups) rather than a t-test."
        case .ja: return "\(name) は値が \(count) 個しかなく、正規分布とはいえない形です。グループを比べるには、t 検定より順位による検定 (mannwhitney、対になったデータは wilcoxon、3 グループ以上は kruskal) を検討してください。"
        }
    }

    /// Next step: looks normal; a t-test is fine.
    static func looksNormal(name: String, _ language: Language) -> String {
        switch language {
        case .en: return "For \(name), a t-test or ANOVA is a reasonable choice; look at the Q-Q plot too, as a small sample can hide a departure."
        case .ja: return "\(name) については t 検定や分散分析を使ってよいでしょう。値が少ないとずれが見逃されやすいので、Q-Q プロットも確認してください。"
        }
    }

    /// Shapiro–Wilk not computed.
    static func notTested(name: String, count: Int, limit: Int, _ language: Language) -> String {
        switch language {
        case .en:
            return count > limit ? "\(name) has \(count) values, more than the \(limit) Shapiro-Wilk's P-value is defined for: judge its shape from the skewness; with so many values a t-test is robust."
                : "All values of \(name) are equal, so its normality cannot be tested."
        case .ja:
            return count > limit ? "\(name) は値が \(count) 個あり、シャピロ・ウィルク検定の P-値が定義される \(limit) 個を超えています。歪度で形を判断してください。これだけ値が多ければ t 検定は頑健です。"
                : "\(name) はすべて同じ値なので、正規性を検定できません。"
        }
    }

    /// Warning: with many values, trivial departures become significant.
    static func largeSample(_ language: Language) -> String {
        switch language {
        case .en: return "With many values even a departure too small to matter becomes significant: judge it by how far the Q-Q plot bends away from its line."
        case .ja: return "値が多いと、実用上問題にならない小さなずれでも有意になります。Q-Q プロットが直線からどれだけ外れるかで判断してください。"
        }
    }

    /// Warning: a non-significant test is no proof of normality.
    static func notProof(_ language: Language) -> String {
        switch language {
        case .en: return "A normality test that is not significant does not prove the data are normal, least of all with few values."
        case .ja: return "正規性の検定で有意でなくても、正規分布であることの証明にはなりません。値が少ないときは特にそうです。"
        }
    }
}
