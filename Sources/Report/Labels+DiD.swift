extension Labels {
    /// The difference-in-differences workbook of `bunseki did`.
    public enum DiD: BilingualLabel, CaseIterable {
        case sheet, title, before, after, change, treated, comparison, difference, counts, meansTable
        case treatedIndicator, afterIndicator, interaction, regressionTitle, errorKind, estimate, standardError
        case tStat, degreesOfFreedom, pValue, lower, upper, classical, hc1, cluster
        case weakerTitle, design, treatedChange, afterDifference, whyWeaker, preTrendTitle, slopeDifference
        case periodMeansTitle, period, chartTitle, agreement

        public var texts: (en: String, ja: String) {
            switch self {
            case .sheet: ("DiD", "差の差分析")
            case .title: ("Difference-in-differences", "差の差分析 (DiD)")
            case .before: ("Before", "事前")
            case .after: ("After", "事後")
            case .change: ("After − before", "事後 − 事前")
            case .treated: ("Treated", "処置群")
            case .comparison: ("Comparison", "比較群")
            case .difference: ("Treated − comparison", "処置群 − 比較群")
            case .counts: ("Count", "個数")
            case .meansTable: ("Mean", "平均")
            case .treatedIndicator: ("treated", "処置")
            case .afterIndicator: ("after", "事後")
            case .interaction: ("treated×after", "処置×事後")
            case .regressionTitle: ("Regression", "回帰による推定")
            case .errorKind: ("Standard error", "標準誤差の種類")
            case .estimate: ("Estimate", "推定値")
            case .standardError: ("Standard Error", "標準誤差")
            case .tStat: ("t Stat", "t")
            case .degreesOfFreedom: ("df", "自由度")
            case .pValue: ("P-value", "P-値")
            case .lower: ("Lower", "下限")
            case .upper: ("Upper", "上限")
            case .classical: ("Classical", "通常 (均一分散)")
            case .hc1: ("Robust (HC1)", "頑健 (HC1)")
            case .cluster: ("Cluster-robust by unit", "クラスター頑健 (単位ごと)")
            case .weakerTitle: ("Weaker designs (for comparison)", "より弱い設計 (比較のため)")
            case .design: ("Design", "設計")
            case .treatedChange: ("Treated group before/after only", "処置群の前後比較のみ")
            case .afterDifference: ("Treated vs comparison after only", "事後の処置群と比較群の比較のみ")
            case .whyWeaker: ("Why it is weaker", "弱い理由")
            case .preTrendTitle: ("Pre-period trends (parallel trends check)", "事前期間の傾向 (平行トレンドの確認)")
            case .slopeDifference: ("Slope difference per period", "1 期あたりの傾きの差")
            case .periodMeansTitle: ("Mean by period", "期間別の平均")
            case .period: ("Period", "期間")
            case .chartTitle: ("Group means by period", "期間別の平均 (平行トレンド)")
            case .agreement: ("The regression's interaction coefficient equals the 2×2 estimate.",
                              "回帰の交互作用 (処置×事後) の係数は 2×2 表の差の差と一致します。")
            }
        }
    }
}
