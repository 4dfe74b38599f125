import Analysis

/// The reading sentences the two-factor ANOVA workbooks share: one per tested effect.
enum TwoFactorAnovaReading {
    /// Whether the means of `levels` differ, from the effect's F test; nil when the test has no F.
    static func levelFinding(_ source: ANOVASource, levels: [String], alpha: Double, _ language: Language) -> String? {
        guard let (fText, pText, significant) = test(source, alpha: alpha) else { return nil }
        let names = levels.joined(separator: language == .en ? ", " : "、")
        return language == .en
            ? "The means of \(names) \(significant ? "differ significantly" : "are not shown to differ") at the 5% level (F = \(fText), \(pText))."
            : "\(names) の平均には 5% 水準で\(significant ? "有意な差があります" : "差があるとはいえません") (F = \(fText)、\(pText))。"
    }

    /// Whether the effect of one factor depends on the level of the other, from the interaction's F test.
    static func interactionFinding(_ source: ANOVASource, alpha: Double, _ language: Language) -> String? {
        guard let (fText, pText, significant) = test(source, alpha: alpha) else { return nil }
        return language == .en
            ? (significant
                ? "The interaction is significant at the 5% level (F = \(fText), \(pText)): the effect of the columns depends on the sample, so compare the cell averages rather than the totals."
                : "No interaction is shown at the 5% level (F = \(fText), \(pText)): the two factors can be read separately.")
            : (significant
                ? "交互作用は 5% 水準で有意です (F = \(fText)、\(pText))。列の効果が標本によって異なるため、合計ではなく各セルの平均を比べてください。"
                : "5% 水準で交互作用があるとはいえません (F = \(fText)、\(pText))。二つの要因は別々に読めます。")
    }

    /// F and its p-value as the sentences quote them, and whether p < α; nil when the effect has no F.
    static func test(_ source: ANOVASource, alpha: Double) -> (f: String, p: String, significant: Bool)? {
        guard let f = source.f, let p = source.pValue else { return nil }
        let pText = ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: p), isBelowThousandth: p < 0.001)
        return (NumberFormat.significant(f, digits: 3).approximateDisplay(of: f), pText, p < alpha)
    }
}
