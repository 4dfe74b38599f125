// The sentences of the Reading / 解釈 sheet for the two-sample test tools, in both languages: the one
// place to fix their wording. Numbers arrive already formatted.

/// Plain-language sentences explaining a t-, z- or F-test.
enum TestReadingSentences {
    /// "The groups compared are 研修受講 = はい (61 rows) and いいえ (59 rows), the values of 月間残業時間 split by 研修受講."
    static func groupsCompared(_ grouping: SampleGrouping, counts: (Int, Int), _ language: Language) -> String {
        let (first, second) = (grouping.levels.first ?? "", grouping.levels.dropFirst().first ?? "")
        switch language {
        case .en:
            return "The two groups compared are \(grouping.group) = \(first) (\(counts.0) values) and \(grouping.group) = \(second) (\(counts.1) values) of \(grouping.value); below they are called \(first) and \(second)."
        case .ja:
            return "「\(grouping.value)」を「\(grouping.group)」で分けた 2 つのグループ、\(first) (\(counts.0) 件) と \(second) (\(counts.1) 件) を比べています。以下ではそれぞれを \(first)、\(second) と呼びます。"
        }
    }

    /// "The mean of A (12.3) is 4.5 higher than the mean of B (7.8) (t = 2.31, two-tailed p = 0.031; significant at the 5% level)."
    static func meanDifference(first: String, second: String, means: (String, String), difference: String, higher: Bool,
                               pairs: Int?, statistic: String, p: String, level: String, significant: Bool,
                               _ language: Language) -> String {
        switch language {
        case .en:
            let direction = higher ? "higher" : "lower"
            let verdict = ReadingSentences.verdict(.difference, significant: significant, level: level, .en)
            let comparison = pairs.map { "Over the \($0) pairs, \(first) (mean \(means.0)) is on average \(difference) \(direction) than \(second) (mean \(means.1))" }
                ?? "The mean of \(first) (\(means.0)) is \(difference) \(direction) than the mean of \(second) (\(means.1))"
            return "\(comparison) (\(statistic), two-tailed \(p); \(verdict))."
        case .ja:
            let direction = higher ? "高く" : "低く"
            let verdict = ReadingSentences.verdict(.difference, significant: significant, level: level, .ja)
            let comparison = pairs.map { "\($0) 組の対で見ると、\(first) (平均 \(means.0)) は \(second) (平均 \(means.1)) より平均して \(difference) \(direction)なっています" }
                ?? "\(first) の平均 (\(means.0)) は \(second) の平均 (\(means.1)) より \(difference) \(direction)なっています"
            return "\(comparison) (\(statistic)、両側 \(p)、\(verdict))。"
        }
    }

    /// "The variance of A (4.1) is 2.3 times that of B (1.8) (one-tailed p = 0.04; …)."
    static func varianceRatio(first: String, second: String, variances: (String, String), ratio: String, p: String,
                              level: String, significant: Bool, _ language: Language) -> String {
        switch language {
        case .en:
            let verdict = ReadingSentences.verdict(.difference, significant: significant, level: "one-tailed \(level)", .en)
            return "The variance of \(first) (\(variances.0)) is \(ratio) times that of \(second) (\(variances.1)) (one-tailed \(p); \(verdict))."
        case .ja:
            let verdict = ReadingSentences.verdict(.difference, significant: significant, level: "片側 \(level)", .ja)
            return "\(first) の分散 (\(variances.0)) は \(second) の分散 (\(variances.1)) の \(ratio) 倍です (片側 \(p)、\(verdict))。"
        }
    }

    /// The hypotheses of a t- or z-test of two means (or of the mean of paired differences), against a
    /// hypothesized difference Δ.
    static func meanHypotheses(first: String, second: String, paired: Bool, delta: String?, _ language: Language) -> String {
        let (null, alternative): (String, String)
        switch language {
        case .en:
            let subject = paired ? "the mean of the differences \(first) − \(second) over all pairs" : "the population means of \(first) and \(second)"
            if let delta {
                let difference = paired ? subject : "the difference of the population means \(first) − \(second)"
                (null, alternative) = ("\(difference) is \(delta)", "it is not \(delta)")
            } else if paired {
                (null, alternative) = ("\(subject) is 0", "it is not 0")
            } else {
                (null, alternative) = ("\(subject) are equal", "they differ")
            }
        case .ja:
            let subject = paired ? "対の差 (\(first) − \(second)) の母平均" : "\(first) と \(second) の母平均"
            if let delta {
                let difference = paired ? subject : "母平均の差 (\(first) − \(second))"
                (null, alternative) = ("\(difference)は \(delta)", "\(difference)は \(delta) ではない")
            } else if paired {
                (null, alternative) = ("\(subject)は 0", "\(subject)は 0 ではない")
            } else {
                (null, alternative) = ("\(subject)は等しい", "\(subject)は異なる")
            }
        }
        return ReadingSentences.hypotheses(null: null, alternative: alternative, language)
    }

    /// The hypotheses of the F-test, whose one-tailed alternative points the way the ratio does.
    static func varianceHypotheses(first: String, second: String, firstLarger: Bool, _ language: Language) -> String {
        switch language {
        case .en:
            return ReadingSentences.hypotheses(null: "the population variances of \(first) and \(second) are equal",
                                               alternative: "the variance of \(first) is \(firstLarger ? "larger" : "smaller") (one-tailed)", language)
        case .ja:
            return ReadingSentences.hypotheses(null: "\(first) と \(second) の母分散は等しい",
                                               alternative: "\(first) の母分散の方が\(firstLarger ? "大きい" : "小さい") (片側)", language)
        }
    }

    /// Names the interval of a difference in means.
    static func differenceOfMeans(first: String, second: String, paired: Bool, _ language: Language) -> String {
        switch language {
        case .en: return paired ? "the mean difference \(first) − \(second)" : "the difference in means \(first) − \(second)"
        case .ja: return paired ? "対の差 (\(first) − \(second)) の平均" : "平均の差 (\(first) − \(second))"
        }
    }

    /// Names the interval of the ratio of the population variances.
    static func varianceRatioName(first: String, second: String, _ language: Language) -> String {
        language == .en ? "the ratio of the population variances \(first) / \(second)" : "母分散の比 (\(first) / \(second))"
    }

    /// Advice after an F-test: compare means with Welch's test, which needs no equal variances.
    static func preferWelch(_ language: Language) -> String {
        switch language {
        case .en: return "To compare the means, Welch's t-test (unequal variances) is safe whatever this F-test says."
        case .ja: return "平均を比べるには、この F 検定の結果にかかわらず Welch の t 検定 (分散が等しくないと仮定) を使えば安全です。"
        }
    }

    /// Warning: rows where one value of a pair was missing.
    static func pairsDropped(_ count: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(count) row\(count == 1 ? "" : "s") with one value of the pair missing \(count == 1 ? "was" : "were") left out; the ToolPak would have paired the remaining values wrongly."
        case .ja: return "対の片方が欠けている \(count) 行は除きました (分析ツールでは残りの値が誤った組み合わせになります)。"
        }
    }

    /// Note: the Welch df the ToolPak rounds, and the p-value with the exact df.
    static func welchExact(exact: String, rounded: String, p: String, _ language: Language) -> String {
        switch language {
        case .en: return "The Welch df is \(exact); the ToolPak rounds it to the nearest whole number, \(rounded), and computes its p-values with that. With the exact df (as T.TEST), the two-tailed \(p)."
        case .ja: return "Welch の自由度は \(exact) で、分析ツールはこれを最も近い整数 \(rounded) に丸めて P 値を計算します。丸めない自由度 (T.TEST と同じ) では両側 \(p) です。"
        }
    }

    /// Warning: a sample too small for the normal approximation to be trusted without checking.
    static func smallSamples(_ smallest: Int, _ language: Language) -> String {
        switch language {
        case .en: return "A sample has only \(smallest) values: the test assumes roughly normal data, which so few values cannot show."
        case .ja: return "標本の値が \(smallest) 個しかありません。検定はデータがほぼ正規分布に従うことを前提としますが、この個数ではそれを確かめられません。"
        }
    }
}
