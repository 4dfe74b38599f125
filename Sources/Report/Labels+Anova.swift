import Foundation

// The ANOVA tools and the least-squares two-factor layout: part of the one label catalogue (Labels.swift).
extension Labels {
    /// The three ANOVA tools (toolpak.md §3.5–3.7).
    public enum Anova: BilingualLabel, CaseIterable {
        case singleFactorTitle, twoFactorWithReplicationTitle, twoFactorWithoutReplicationTitle
        case summary, groups, count, sum, average, variance, anova, sourceOfVariation
        case ss, df, ms, f, pValue, fCrit, total
        case betweenGroups, withinGroups, sample, columns, interaction, withinReplicates, rows, error

        public var texts: (en: String, ja: String) {
            switch self {
            case .singleFactorTitle: ("Anova: Single Factor", "分散分析: 一元配置")
            case .twoFactorWithReplicationTitle: ("Anova: Two-Factor With Replication", "分散分析: 繰り返しのある二元配置")
            case .twoFactorWithoutReplicationTitle: ("Anova: Two-Factor Without Replication", "分散分析: 繰り返しのない二元配置")
            case .summary: ("SUMMARY", "概要")
            case .groups: ("Groups", "グループ")
            case .count: ("Count", "標本数")
            case .sum: ("Sum", "合計")
            case .average: ("Average", "平均")
            case .variance: ("Variance", "分散")
            case .anova: ("ANOVA", "分散分析表")
            case .sourceOfVariation: ("Source of Variation", "変動要因")
            case .ss: ("SS", "変動")
            case .df: ("df", "自由度")
            case .ms: ("MS", "分散")
            case .f: ("F", "観測された分散比")
            case .pValue: ("P-value", "P-値")
            case .fCrit: ("F crit", "F 境界値")
            case .total: ("Total", "合計")
            case .betweenGroups: ("Between Groups", "グループ間")
            case .withinGroups: ("Within Groups", "グループ内")
            case .sample: ("Sample", "標本")
            case .columns: ("Columns", "列")
            case .interaction: ("Interaction", "交互作用")
            case .withinReplicates: ("Within", "繰り返し誤差")
            case .rows: ("Rows", "行")
            case .error: ("Error", "誤差")
            }
        }
    }

    /// The one-way ANOVA sheet's name (the tool's title has a `:`, which a sheet name cannot) and the
    /// effect sizes the toolkit adds below the ToolPak's table; worded by us.
    public enum AnovaExtras: BilingualLabel, CaseIterable {
        case singleFactorSheet, twoFactorSheet, etaSquared, omegaSquared, leveneF, leveneP, brownForsytheF, brownForsytheP
        case tukeyHeading, pair, difference, standardError, q, adjustedP, criticalQ

        public var texts: (en: String, ja: String) {
            switch self {
            case .singleFactorSheet: ("Anova single factor", "一元配置分散分析")
            case .twoFactorSheet: ("Anova two-factor", "二元配置分散分析")
            case .leveneF: ("Levene's test F (equal variances, mean-centred)", "ルビーン検定の F (等分散、平均基準)")
            case .leveneP: ("Levene's test P-value", "ルビーン検定の P-値")
            case .brownForsytheF: ("Brown-Forsythe test F (median-centred)", "ブラウン・フォーサイス検定の F (中央値基準)")
            case .brownForsytheP: ("Brown-Forsythe test P-value", "ブラウン・フォーサイス検定の P-値")
            case .tukeyHeading: ("Tukey-Kramer multiple comparisons", "テューキー・クレーマー法による多重比較")
            case .pair: ("Pair", "組み合わせ")
            case .difference: ("Difference of means", "平均の差")
            case .standardError: ("Standard Error", "標準誤差")
            case .q: ("q", "q")
            case .adjustedP: ("P-value (adjusted)", "P-値 (調整済み)")
            case .criticalQ: ("q crit (studentized range)", "q 境界値 (スチューデント化された範囲)")
            case .etaSquared: ("Eta squared (η², effect size)", "η² (効果量)")
            case .omegaSquared: ("Omega squared (ω², effect size)", "ω² (効果量)")
            }
        }
    }

    /// Two-factor ANOVA of long-format data with any cell sizes (least squares; not a ToolPak tool, laid
    /// out like its With Replication tool, so worded by us).
    public enum LeastSquaresAnova: BilingualLabel, CaseIterable {
        case title, standardDeviation, anovaTypeII, anovaTypeIII, sumsOfSquaresTypeII, sumsOfSquaresTypeIII

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Anova: Two-Factor, Unequal Cell Sizes (least squares)", "分散分析: 二元配置、繰り返し数が不揃い (最小二乗法)")
            case .standardDeviation: ("Standard Deviation", "標準偏差")
            case .anovaTypeII: ("ANOVA (Type II sums of squares)", "分散分析表 (タイプ II 平方和)")
            case .anovaTypeIII: ("ANOVA (Type III sums of squares)", "分散分析表 (タイプ III 平方和)")
            case .sumsOfSquaresTypeII: ("Type II", "タイプ II")
            case .sumsOfSquaresTypeIII: ("Type III", "タイプ III")
            }
        }
    }
}
