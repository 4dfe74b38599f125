// The Reading sheet's sentences for a polynomial fit (`regress --degree K`), in both languages.

extension ReadingSentences {
    /// The model in words: y as a polynomial of degree K in x, and why its terms are not read one by one.
    public static func polynomialModel(response y: String, predictor x: String, degree: Int, terms: [String],
                                       _ language: Language) -> String {
        switch language {
        case .en:
            return "\(y) is modelled as a polynomial of degree \(degree) in \(x) (\(terms.joined(separator: ", "))). "
                + "Its coefficients cannot be read one at a time as \"per 1 more \(x)\", since the terms change together; "
                + "the curve on the scatter chart shows the shape of the relationship."
        case .ja:
            return "\(y) を \(x) の \(degree) 次式 (\(terms.joined(separator: "、"))) で表しました。"
                + "各項は一緒に変わるため、係数を 1 つずつ「\(x) が 1 増えると」とは読めません。関係の形は散布図の曲線で確かめてください。"
        }
    }

    /// The highest term's test: whether the curve needs degree K rather than K − 1.
    public static func highestPolynomialTerm(_ term: String, degree: Int, p: String, significant: Bool,
                                             _ language: Language) -> String {
        switch language {
        case .en:
            return significant
                ? "The highest term \(term) is significant at the 5% level (\(p)): the curve needs degree \(degree)."
                : "The highest term \(term) (\(p)): \(verdict(.association, significant: false, level: "5%", .en)); a polynomial of degree \(degree - 1) may describe the data as well."
        case .ja:
            return significant
                ? "最高次の項 \(term) は 5% 水準で有意です (\(p))。曲線には \(degree) 次の項が必要です。"
                : "最高次の項 \(term) (\(p)): \(verdict(.association, significant: false, level: "5%", .ja))。\(degree - 1) 次式でも同じくらいよく表せる可能性があります。"
        }
    }

    /// Warning: the powers of one variable are strongly related by construction (their VIFs are not a data problem).
    public static func polynomialCollinearity(predictor x: String, _ language: Language) -> String {
        switch language {
        case .en:
            return "The powers of \(x) are strongly related to one another by construction, so the coefficients' standard "
                + "errors are large (high VIF); this is a property of polynomials, not an error in the data."
        case .ja:
            return "\(x) の累乗の項どうしは式の性質上強く相関するため、係数の標準誤差が大きくなります (VIF が高い)。"
                + "データの誤りではありません。"
        }
    }

    /// Warning: Excel's chart trendline stops at order 6, so a higher-degree fit has no curve on its scatter chart.
    public static func noTrendlineAboveSix(degree: Int, _ language: Language) -> String {
        switch language {
        case .en:
            return "Excel draws polynomial trendlines up to order 6, so the scatter chart has no curve for degree \(degree); "
                + "the line-fit plot shows the predicted values."
        case .ja:
            return "Excel のグラフの近似曲線 (多項式) は 6 次までのため、\(degree) 次式の曲線は散布図に描いていません。"
                + "予測値は観測値グラフで確かめてください。"
        }
    }
}
