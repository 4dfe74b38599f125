// The sentences of the Reading / 解釈 sheet, in both languages. Like Labels.swift, this is the one
// place to fix a wording; numbers arrive already formatted.

/// Plain-language sentences explaining a result, with the numbers filled in.
public enum ReadingSentences {
    /// What one predictor's slope says, as an association rather than an effect: "Each additional 1 of cases goes
    /// with 0.52 more overtime on average …" / "件数 が 1 大きいと、残業時間 は平均して 0.52 大きい傾向があります …".
    public static func coefficient(predictor x: String, response y: String, slope: String, increases: Bool,
                                   p: String, significant: Bool, othersHeldFixed: Bool, _ language: Language) -> String {
        switch language {
        case .en:
            let others = othersHeldFixed ? ", other variables held fixed" : ""
            let verdict = verdict(.association, significant: significant, level: "5%", .en)
            return "Each additional 1 of \(x) goes with \(slope) \(increases ? "more" : "less") \(y) on average\(others) (\(p); \(verdict))."
        case .ja:
            let others = othersHeldFixed ? "他の変数が同じなら、" : ""
            let verdict = verdict(.association, significant: significant, level: "5%", .ja)
            return "\(others)\(x) が 1 大きいと、\(y) は平均して \(slope) \(increases ? "大きい" : "小さい")傾向があります (\(p)、\(verdict))。"
        }
    }

    /// An indicator's coefficient in words: the difference from the reference level of its category.
    public static func categoryDifference(variable: String, level: String, reference: String, response y: String,
                                          difference: String, higher: Bool, p: String, significant: Bool,
                                          othersHeldFixed: Bool, _ language: Language) -> String {
        switch language {
        case .en:
            let others = othersHeldFixed ? ", other variables held fixed" : ""
            let verdict = verdict(.difference, significant: significant, level: "5%", .en)
            return "\(variable) = \(level) goes with \(difference) \(higher ? "more" : "less") \(y) on average than the "
                + "reference \(variable) = \(reference)\(others) (\(p); \(verdict))."
        case .ja:
            let others = othersHeldFixed ? "他の変数が同じなら、" : ""
            let verdict = verdict(.difference, significant: significant, level: "5%", .ja)
            return "\(others)\(variable) が \(level) の場合、基準の \(reference) と比べて \(y) は平均して \(difference) "
                + "\(higher ? "多くなります" : "少なくなります") (\(p)、\(verdict))。"
        }
    }

    /// The hypotheses of a regression's coefficient tests, once for all coefficients (`term`: which ones).
    public static func coefficientHypotheses(term: String?, _ language: Language) -> String {
        switch language {
        case .en:
            return hypotheses(null: "the population coefficient of \(term ?? "each predictor") is 0", alternative: "it is not 0", language)
        case .ja:
            return hypotheses(null: "\(term.map { "\($0) の" } ?? "各説明変数の")母集団での係数は 0", alternative: "係数は 0 ではない", language)
        }
    }

    /// Names a coefficient's interval: "件数 の係数" / "the coefficient of cases".
    public static func coefficientName(_ predictor: String, _ language: Language) -> String {
        language == .en ? "the coefficient of \(predictor)" : "\(predictor) の係数"
    }

    /// R² in words: "R² = 0.78: the model accounts for 78% of the variation in overtime."
    public static func rSquare(_ value: String, percent: String, response y: String, _ language: Language) -> String {
        switch language {
        case .en: return "R² = \(value): the model accounts for \(percent) of the variation in \(y)."
        case .ja: return "決定係数 R² = \(value): \(y) のばらつきの \(percent) をこのモデルで説明できます。"
        }
    }

    /// A p-value as written in a sentence: `p = 0.003` or `p < 0.001`.
    public static func pValue(_ formatted: String, isBelowThousandth: Bool) -> String {
        isBelowThousandth ? "p < 0.001" : "p = \(formatted)"
    }

    /// Warning: R² without an intercept is measured from zero.
    public static func uncenteredRSquare(_ language: Language) -> String {
        switch language {
        case .en: return "The model has no intercept, so R² is measured from zero and cannot be compared with the usual R²."
        case .ja: return "切片のないモデルなので、R² は 0 を基準に計算されており、通常の R² とは比べられません。"
        }
    }

    /// Warning: few observations for the number of coefficients.
    public static func smallSample(observations n: Int, parameters p: Int, advisable: Int, _ language: Language) -> String {
        switch language {
        case .en:
            return "Only \(n) observations for \(p) coefficients: the estimates are unstable; \(advisable) or more are advisable."
        case .ja:
            return "観測数が \(n) と、推定する係数 \(p) 個に対して少ないため、結果は不安定です。目安として \(advisable) 以上が望まれます。"
        }
    }

    /// Warning: a predictor strongly related to the others (VIF above the threshold).
    public static func highVarianceInflation(predictor x: String, vif: String, threshold: String, _ language: Language) -> String {
        switch language {
        case .en:
            return "The VIF of \(x) is \(vif) (above \(threshold)): \(x) is strongly related to the other predictors, so its coefficient is unreliable."
        case .ja:
            return "\(x) の VIF が \(vif) です (\(threshold) 超)。他の説明変数と強く関連しているため、係数が安定しません。"
        }
    }

    /// Warning: an observation far from the fitted line.
    public static func largeStandardResidual(observation i: Int, sourceRow: Int?, value: String, _ language: Language) -> String {
        switch language {
        case .en:
            let row = sourceRow.map { " (row \($0))" } ?? ""
            return "Observation \(i)\(row) has a standard residual of \(value): check it for typing errors or special circumstances."
        case .ja:
            let row = sourceRow.map { " (\($0) 行目)" } ?? ""
            return "観測値 \(i)\(row) の標準残差が \(value) です。入力ミスや特別な事情がないか確認してください。"
        }
    }

    /// Note: rows left out because of missing values.
    public static func rowsDropped(_ count: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(count) row\(count == 1 ? "" : "s") with missing values \(count == 1 ? "was" : "were") left out."
        case .ja: return "欠損値のある \(count) 行は分析から除きました。"
        }
    }

    /// Heading of the Reading sheet.
    public static func title(_ language: Language) -> String {
        language == .en ? "How to read the results" : "結果の読み方"
    }
}
