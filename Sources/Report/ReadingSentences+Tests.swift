// What a test can and cannot say, in both languages: the hypotheses, the decision rule, the verdict and the
// interval, shared by every tool's reading so that each idea has one wording. A result that is not
// significant reads "差があるとは言えません（データからは判断できません）" and never as proof of no difference.

extension ReadingSentences {
    /// What a test looks for: the word the verdict and the decision rule use.
    public enum Claim: Sendable {
        /// means, medians, variances or sizes differ
        case difference
        /// two variables go together (correlation, cross tabulation, a coefficient)
        case association
        /// the effect of one factor depends on the level of the other
        case interaction
        /// the data depart from a normal distribution
        case departure

        /// "差がある" / "a difference": what a significant result shows.
        func shown(_ language: Language) -> String {
            switch (self, language) {
            case (.difference, .ja): "差がある"
            case (.association, .ja): "関連がある"
            case (.interaction, .ja): "交互作用がある"
            case (.departure, .ja): "正規分布から外れている"
            case (.difference, .en): "a difference"
            case (.association, .en): "an association"
            case (.interaction, .en): "an interaction"
            case (.departure, .en): "a departure from the normal distribution"
            }
        }
    }

    /// The reading of a result that is not significant: "差があるとは言えません（データからは判断できません）" /
    /// "the data do not show a difference (they cannot tell)".
    public static func notShown(_ claim: Claim, _ language: Language) -> String {
        switch language {
        case .en: "the data do not show \(claim.shown(.en)) (they cannot tell)"
        case .ja: "\(claim.shown(.ja))とは言えません（データからは判断できません）"
        }
    }

    /// The verdict for the parenthesis after the figures: "5% 水準で有意です" or
    /// "5% 水準では有意ではなく、差があるとは言えません（データからは判断できません）".
    public static func verdict(_ claim: Claim, significant: Bool, level: String, _ language: Language) -> String {
        switch language {
        case .en:
            significant ? "significant at the \(level) level" : "not significant at the \(level) level, so \(notShown(claim, .en))"
        case .ja:
            significant ? "\(level) 水準で有意です" : "\(level) 水準では有意ではなく、\(notShown(claim, .ja))"
        }
    }

    /// The two hypotheses in words: "帰無仮説: 2 つの平均は等しい。対立仮説: 2 つの平均は異なる。"
    public static func hypotheses(null: String, alternative: String, _ language: Language) -> String {
        switch language {
        case .en: "What is tested: the null hypothesis is that \(null); the alternative, that \(alternative)."
        case .ja: "検定する仮説: 帰無仮説は「\(null)」、対立仮説は「\(alternative)」です。"
        }
    }

    /// The decision rule, p against α, and what either outcome allows one to say.
    public static func decisionRule(_ claim: Claim, level: String, _ language: Language) -> String {
        switch language {
        case .en:
            return "Decision: if p is below the significance level \(level), the null hypothesis is rejected and the data show \(claim.shown(.en)); "
                + "otherwise \(notShown(claim, .en)), which is not evidence that there is none: more data could show it."
        case .ja:
            return "判定: p が有意水準 \(level) より小さければ帰無仮説を棄却し、「\(claim.shown(.ja))」と読みます。そうでなければ"
                + "「\(notShown(claim, .ja))」と読みます。帰無仮説が正しいと示されたわけではなく、データが増えれば示せることもあります。"
        }
    }

    /// An estimate's confidence interval and what it says about the null value (0 for a difference or a
    /// slope, 1 for a ratio): "差の 95% 信頼区間は -3.1〜12.4 で、0 を含みます。差は最大で ±12.4 まであり得ます。"
    ///
    /// - Parameters:
    ///   - quantity: what the interval is of ("平均の差" / "the difference in means").
    ///   - largest: the largest size the interval allows, when it contains the null value (the smallest effect
    ///     the data could have told apart from none); nil to leave that sentence out.
    public static func interval(_ quantity: String, level: String, lower: String, upper: String, nullValue: String,
                                containsNull: Bool, largest: String?, _ language: Language) -> String {
        switch language {
        case .en:
            let head = "The \(level) confidence interval of \(quantity) is \(lower) to \(upper)"
            guard containsNull else { return "\(head); it does not contain \(nullValue)." }
            let size = largest.map { " " + largestCompatible(quantity, nullValue: nullValue, largest: $0, .en) } ?? ""
            return "\(head); it contains \(nullValue), so the data cannot tell.\(size)"
        case .ja:
            let head = "\(quantity) の \(level) 信頼区間は \(lower)〜\(upper) で、"
            guard containsNull else { return "\(head)\(nullValue) を含みません。" }
            let size = largest.map { largestCompatible(quantity, nullValue: nullValue, largest: $0, .ja) } ?? ""
            return "\(head)\(nullValue) を含むため、データからは判断できません。\(size)"
        }
    }

    /// The smallest effect the data could have told apart from none, from an interval that contains the null
    /// value: "平均の差 (A − B) の真の値は 0 かもしれず、最大で ±7.68 まであり得ます。…".
    public static func largestCompatible(_ quantity: String, nullValue: String, largest: String, _ language: Language) -> String {
        switch language {
        case .en:
            let noun = quantity.hasPrefix("the ") ? String(quantity.dropFirst(4)) : quantity
            return "The true \(noun) could be \(nullValue), or as large as ±\(largest): a smaller effect could not be told apart by these data."
        case .ja:
            return "\(quantity) の真の値は \(nullValue) かもしれず、最大で ±\(largest) まであり得ます。これより小さな効果はこのデータでは見分けられません。"
        }
    }
}
