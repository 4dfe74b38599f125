// The sentences of the Reading / 解釈 sheet for the two-sample test tools, in both languages: the one
// place to fix their wording. Numbers arrive already formatted.

/// Plain-language sentences explaining a t-, z- or F-test.
enum TestReadingSentences {
    /// "The mean of A (12.3) is 4.5 higher than the mean of B (7.8) (t = 2.31, two-tailed p = 0.031; significant at the 5% level)."
    static func meanDifference(first: String, second: String, means: (String, String), difference: String, higher: Bool,
                               pairs: Int?, statistic: String, p: String, level: String, significant: Bool,
                               _ language: Language) -> String {
        switch language {
        case .en:
            let direction = higher ? "higher" : "lower"
            let verdict = significant ? "significant at the \(level) level"
                : "not significant at the \(level) level: the data do not show that the means differ"
            let comparison = pairs.map { "Over the \($0) pairs, \(first) (mean \(means.0)) is on average \(difference) \(direction) than \(second) (mean \(means.1))" }
                ?? "The mean of \(first) (\(means.0)) is \(difference) \(direction) than the mean of \(second) (\(means.1))"
            return "\(comparison) (\(statistic), two-tailed \(p); \(verdict))."
        case .ja:
            let direction = higher ? "高く" : "低く"
            let verdict = significant ? "\(level) 水準で有意です" : "\(level) 水準では有意ではなく、平均に差があるとはいえません"
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
            let verdict = significant ? "the variances differ significantly at the one-tailed \(level) level"
                : "no significant difference at the one-tailed \(level) level"
            return "The variance of \(first) (\(variances.0)) is \(ratio) times that of \(second) (\(variances.1)) (one-tailed \(p); \(verdict))."
        case .ja:
            let verdict = significant ? "片側 \(level) 水準で分散に有意な差があります" : "片側 \(level) 水準では分散に有意な差はありません"
            return "\(first) の分散 (\(variances.0)) は \(second) の分散 (\(variances.1)) の \(ratio) 倍です (片側 \(p)、\(verdict))。"
        }
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
        case .en: return "The Welch df is \(exact); the ToolPak rounds it to \(rounded). With the exact df (as T.TEST), the two-tailed \(p)."
        case .ja: return "Welch の自由度は \(exact) で、分析ツールはこれを \(rounded) に丸めます。丸めない自由度 (T.TEST と同じ) では両側 \(p) です。"
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
