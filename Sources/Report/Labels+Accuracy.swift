extension Labels {
    /// `accuracy`'s workbook and text: the NIST StRD check (our addition; the ToolPak has no such tool).
    public enum Accuracy: BilingualLabel, CaseIterable {
        case title, summarySheet, valuesSheet, dataset, procedure, difficulty, observations, certifiedCount
        case minimumLRE, minimumAt, ceiling, quantity, estimate, certified, digits, lre, notScored
        case univariate, linearRegression, oneWayANOVA, lower, average, higher
        case definition, source, ceilingNote, roundingNote

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Accuracy against the NIST Statistical Reference Datasets (StRD)",
                          "NIST 統計参照データセット (StRD) による精度の確認")
            case .summarySheet: ("Accuracy", "精度")
            case .valuesSheet: ("Certified values", "認証値")
            case .dataset: ("Dataset", "データセット")
            case .procedure: ("Procedure", "手法")
            case .difficulty: ("Difficulty", "難易度")
            case .observations: ("Observations", "観測数")
            case .certifiedCount: ("Certified values", "認証値の数")
            case .minimumLRE: ("Minimum LRE", "最小 LRE")
            case .minimumAt: ("At", "最小の値")
            case .ceiling: ("Ceiling (Double input)", "上限 (Double の入力)")
            case .quantity: ("Quantity", "値")
            case .estimate: ("Bunseki", "Bunseki の値")
            case .certified: ("Certified", "認証値")
            case .digits: ("Certified digits", "認証桁数")
            case .lre: ("LRE", "LRE")
            case .notScored: ("not scored (certified +∞)", "対象外 (認証値 +∞)")
            case .univariate: ("Univariate summary statistics", "基本統計量")
            case .linearRegression: ("Linear regression", "線形回帰")
            case .oneWayANOVA: ("One-way ANOVA", "一元配置分散分析")
            case .lower: ("lower", "低")
            case .average: ("average", "中")
            case .higher: ("higher", "高")
            case .definition:
                ("LRE (log relative error) = −log10(|estimate − certified| / |certified|), or −log10|estimate| when the certified value is 0; "
                 + "capped at the certified digits (usually 15), floored at 0. It counts the correct significant digits.",
                 "LRE (対数相対誤差) = −log10(|推定値 − 認証値| / |認証値|)。認証値が 0 のときは −log10|推定値|。"
                 + "認証桁数 (多くは 15) を上限、0 を下限とします。正しい有効数字の桁数を表します。")
            case .source:
                ("Data and certified values: NIST StRD (https://www.itl.nist.gov/div898/strd/), public domain, embedded in the program.",
                 "データと認証値: NIST StRD (https://www.itl.nist.gov/div898/strd/)、パブリックドメイン。プログラムに組み込まれています。")
            case .ceilingNote:
                ("Ceiling: the best LRE possible once the data are read as Doubles (exact arithmetic on the rounded data); "
                 + "the data of NumAcc3/4, SmLs04–09 and AtmWtAg carry more digits than a Double holds.",
                 "上限: データを Double に読み込んだ時点で到達できる最良の LRE (丸めたデータで厳密に計算した値)。"
                 + "NumAcc3/4、SmLs04–09、AtmWtAg のデータは Double に収まらない桁を持ちます。")
            case .roundingNote:
                ("Estimates are shown to 15 significant digits; the LRE is computed from the full Double.",
                 "推定値は有効数字 15 桁で表示しています。LRE は Double の全桁から計算しています。")
            }
        }
    }
}
