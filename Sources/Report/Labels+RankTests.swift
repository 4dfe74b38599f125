import Foundation

// The rank-based tests and the normality check, which the ToolPak lacks (worded by us after statistics
// textbooks): part of the one label catalogue (Labels.swift).
extension Labels {
    /// Mann–Whitney U, Wilcoxon signed-rank and Kruskal–Wallis sheets: titles, rows, Dunn's table, charts.
    public enum RankTests: BilingualLabel, CaseIterable {
        case mannWhitneySheet, mannWhitneyTitle, wilcoxonSheet, wilcoxonTitle, kruskalSheet, kruskalTitle
        case observations, median, rankSum, meanRank, u, expectedU, uStandardDeviation, zContinuity, z, pTwoTail
        case method, methodExact, methodPermutation, methodNormal, effectSizeR, rankBiserial
        case medianDifference, zeroDifferences, rankedPairs, positiveRankSum, negativeRankSum, t, expectedRankSum
        case rankSumStandardDeviation, groups, h, df, chiSquareCritical, epsilonSquared
        case dunnHeading, pair, meanRankDifference, standardError, pValue, holmMultiplier, adjustedP
        case rank, absoluteDifference, rankOfAbsoluteDifference, valuesByRank, value, differencesByPair
        case ranksAreRankAvg, exactPValueIsValue, signedRanksOnDataSheet, dunnFormulas

        public var texts: (en: String, ja: String) {
            switch self {
            case .mannWhitneySheet: ("Mann-Whitney", "マン・ホイットニー")
            case .mannWhitneyTitle: ("Mann-Whitney U Test (Wilcoxon Rank-Sum Test)", "マン・ホイットニーの U 検定 (ウィルコクソンの順位和検定)")
            case .wilcoxonSheet: ("Wilcoxon", "ウィルコクソン")
            case .wilcoxonTitle: ("Wilcoxon Signed-Rank Test", "ウィルコクソンの符号付き順位検定")
            case .kruskalSheet: ("Kruskal-Wallis", "クラスカル・ウォリス")
            case .kruskalTitle: ("Kruskal-Wallis Test", "クラスカル・ウォリス検定")
            case .observations: ("Observations", "観測数")
            case .median: ("Median", "中央値")
            case .rankSum: ("Rank Sum", "順位和")
            case .meanRank: ("Mean Rank", "平均順位")
            case .u: ("U", "U")
            case .expectedU: ("Expected U (n1*n2/2)", "U の期待値 (n1*n2/2)")
            case .uStandardDeviation: ("Standard deviation of U (tie-corrected)", "U の標準偏差 (同順位補正)")
            case .zContinuity: ("z (continuity-corrected)", "z (連続性補正)")
            case .z: ("z", "z")
            case .pTwoTail: ("P-value (two-tail)", "P-値 (両側)")
            case .method: ("How the P-value was found", "P-値の求め方")
            case .methodExact: ("Exact distribution (no ties)", "正確な分布 (同順位なし)")
            case .methodPermutation: ("All sign changes (exact given the ties)", "すべての符号の組み合わせ (同順位のもとで正確)")
            case .methodNormal: ("Normal approximation", "正規近似")
            case .effectSizeR: ("Effect size r (z/√N)", "効果量 r (z/√N)")
            case .rankBiserial: ("Rank-biserial correlation", "順位双列相関")
            case .medianDifference: ("Median of the differences", "差の中央値")
            case .zeroDifferences: ("Pairs with difference 0 (left out)", "差が 0 の対 (除外)")
            case .rankedPairs: ("Pairs ranked (n)", "順位をつけた対 (n)")
            case .positiveRankSum: ("Sum of positive ranks R+", "正の順位和 R+")
            case .negativeRankSum: ("Sum of negative ranks R-", "負の順位和 R-")
            case .t: ("T = min(R+, R-)", "T = min(R+, R-)")
            case .expectedRankSum: ("Expected R+ (n(n+1)/4)", "R+ の期待値 (n(n+1)/4)")
            case .rankSumStandardDeviation: ("Standard deviation of R+ (tie-corrected)", "R+ の標準偏差 (同順位補正)")
            case .groups: ("Groups", "グループ")
            case .h: ("H (tie-corrected)", "H (同順位補正)")
            case .df: ("df", "自由度")
            case .chiSquareCritical: ("Chi-square crit", "カイ二乗境界値")
            case .epsilonSquared: ("Epsilon squared (ε², effect size)", "ε² (効果量)")
            case .dunnHeading: ("Dunn's test, P-values adjusted by Holm's method", "ダンの検定 (P-値はホルム法で調整)")
            case .pair: ("Pair", "組み合わせ")
            case .meanRankDifference: ("Difference of mean ranks", "平均順位の差")
            case .standardError: ("Standard Error", "標準誤差")
            case .pValue: ("P-value", "P-値")
            case .holmMultiplier: ("Holm multiplier", "ホルム法の倍率")
            case .adjustedP: ("P-value (Holm-adjusted)", "P-値 (ホルム法で調整)")
            case .rank: ("Rank", "順位")
            case .absoluteDifference: ("|Difference|", "|差|")
            case .rankOfAbsoluteDifference: ("Rank of |difference|", "|差| の順位")
            case .valuesByRank: ("Values by rank", "順位と値")
            case .value: ("Value", "値")
            case .differencesByPair: ("Difference per pair", "対ごとの差")
            case .ranksAreRankAvg:
                ("Ranks are RANK.AVG over all samples together on the data sheet: tied values share their mean rank.",
                 "順位はデータ シートですべての標本をまとめて RANK.AVG で求めています (同じ値には平均の順位)。")
            case .exactPValueIsValue:
                ("Excel has no function for this exact P-value, so it is written as a value.",
                 "この正確な P-値を求める Excel の関数はないため、値で記入しています。")
            case .signedRanksOnDataSheet:
                ("Differences of 0 are left out; the other |differences| are ranked with RANK.AVG on the data sheet (tied values share their mean rank).",
                 "差が 0 の対は除き、それ以外の |差| にデータ シートで RANK.AVG により順位をつけています (同じ値には平均の順位)。")
            case .dunnFormulas:
                ("Holm's method multiplies the smallest of m P-values by m, the next by m-1, …, never letting an adjusted P-value fall below a smaller one's.",
                 "ホルム法では m 個の P-値の小さい順に m 倍、m-1 倍、… し、調整後の P-値が小さい P-値の調整後を下回らないようにします。")
            }
        }
    }

    /// The normality check (`bunseki normality`) and the Shapiro–Wilk line `describe` adds.
    public enum Normality: BilingualLabel, CaseIterable {
        case sheet, qqSheet, title, observations, shapiroWilkW, shapiroWilkP, skewness, skewnessStandardError, kurtosis
        case kurtosisStandardError, qqHeading, order, theoreticalQuantile, observed, shapiroWilkIsValue, qqPositions

        public var texts: (en: String, ja: String) {
            switch self {
            case .sheet: ("Normality", "正規性")
            case .qqSheet: ("Q-Q plots", "Q-Q プロット")
            case .title: ("Normality Check (Shapiro-Wilk Test)", "正規性の確認 (シャピロ・ウィルク検定)")
            case .observations: ("Observations", "観測数")
            case .shapiroWilkW: ("Shapiro-Wilk W", "シャピロ・ウィルク W")
            case .shapiroWilkP: ("Shapiro-Wilk P-value", "シャピロ・ウィルクの P-値")
            case .skewness: ("Skewness (SKEW)", "歪度 (SKEW)")
            case .skewnessStandardError: ("Standard error of skewness", "歪度の標準誤差")
            case .kurtosis: ("Excess kurtosis (KURT)", "尖度 (KURT)")
            case .kurtosisStandardError: ("Standard error of kurtosis", "尖度の標準誤差")
            case .qqHeading: ("Normal Q-Q plot", "正規 Q-Q プロット")
            case .order: ("i", "順番 i")
            case .theoreticalQuantile: ("Theoretical quantile", "理論分位数")
            case .observed: ("Observed value", "観測値")
            case .shapiroWilkIsValue:
                ("Excel has no function for Shapiro-Wilk's W and P-value: they are values from Royston's algorithm AS R94, as in SciPy and R.",
                 "シャピロ・ウィルクの W と P-値を求める Excel の関数はないため、SciPy や R と同じ Royston のアルゴリズム AS R94 で求めた値を記入しています。")
            case .qqPositions:
                ("Theoretical quantiles are NORM.S.INV((i-0.375)/(n+0.25)) (Blom's positions, as Shapiro-Wilk uses); points near a straight line look normal.",
                 "理論分位数は NORM.S.INV((i-0.375)/(n+0.25)) (Blom の位置、シャピロ・ウィルク検定と同じ) です。点が直線に近いほど正規分布に近いといえます。")
            }
        }
    }
}

extension Labels {
    /// `Rank of 窓口A` / `順位: 窓口A`, the header of a rank column on a rank test's data sheet.
    public static func rank(of name: String, _ language: Language) -> String {
        language == .en ? "Rank of \(name)" : "順位: \(name)"
    }

    /// `Difference (A - B)` / `差 (A - B)`.
    public static func difference(_ first: String, _ second: String, _ language: Language) -> String {
        language == .en ? "Difference (\(first) - \(second))" : "差 (\(first) - \(second))"
    }

    /// `Normal Q-Q plot: 待ち時間` / `正規 Q-Q プロット: 待ち時間`.
    public static func qqPlot(_ name: String, _ language: Language) -> String {
        "\(Normality.qqHeading.text(language)): \(name)"
    }
}
