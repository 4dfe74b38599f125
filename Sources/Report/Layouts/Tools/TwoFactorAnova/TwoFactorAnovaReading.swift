import Analysis

/// The reading sentences the two-factor ANOVA workbooks share: one per tested effect.
enum TwoFactorAnovaReading {
    /// Whether the means of `levels` differ, from the effect's F test; nil when the test has no F.
    static func levelFinding(_ source: ANOVASource, levels: [String], alpha: Double, _ language: Language) -> String? {
        guard let (fText, pText, significant) = test(source, alpha: alpha) else { return nil }
        let names = ReadingList.joined(levels, language)
        let verdict = ReadingSentences.verdict(.difference, significant: false, level: "5%", language)
        return language == .en
            ? (significant ? "The means of \(names) differ significantly at the 5% level (F = \(fText), \(pText))."
                : "The means of \(names) (F = \(fText), \(pText)): \(verdict).")
            : (significant ? "\(names) の平均には 5% 水準で有意な差があります (F = \(fText)、\(pText))。"
                : "\(names) の平均 (F = \(fText)、\(pText)): \(verdict)。")
    }

    /// The hypotheses of the factors' (and the interaction's) F tests and the decision rule, before the findings.
    static func opening(interaction: Bool, alpha: Double, _ language: Language) -> [String] {
        let null: String, alternative: String
        switch language {
        case .en:
            null = "for each factor, all its levels have the same population mean"
                + (interaction ? "; for the interaction, the effect of one factor is the same at every level of the other" : "")
            alternative = "some of those means differ" + (interaction ? " (or the effect depends on the other factor)" : "")
        case .ja:
            null = "各要因について、その水準の母平均はすべて等しい" + (interaction ? "。交互作用について、一方の要因の効果はもう一方の水準によらず同じ" : "")
            alternative = "どこかの母平均が異なる" + (interaction ? " (または効果がもう一方の水準によって異なる)" : "")
        }
        return [ReadingSentences.hypotheses(null: null, alternative: alternative, language),
                ReadingSentences.decisionRule(.difference, level: FormulaNumber.text(alpha * 100) + "%", language)]
    }

    /// The reading of an interaction that is not significant, shared by the two-factor workbooks.
    static func interactionNotShown(_ names: String?, f: String, p: String, level: String, _ language: Language) -> String {
        let verdict = ReadingSentences.verdict(.interaction, significant: false, level: level, language)
        switch language {
        case .en:
            let subject = names.map { "The interaction of \($0)" } ?? "The interaction"
            return "\(subject) (F = \(f), \(p)): \(verdict). The factors can be read separately, but a small interaction is not ruled out."
        case .ja:
            let subject = names.map { "\($0)の交互作用" } ?? "交互作用"
            return "\(subject) (F = \(f)、\(p)): \(verdict)。二つの要因は別々に読めますが、小さな交互作用がある可能性は残ります。"
        }
    }

    /// Whether the effect of one factor depends on the level of the other, from the interaction's F test.
    static func interactionFinding(_ source: ANOVASource, alpha: Double, _ language: Language) -> String? {
        guard let (fText, pText, significant) = test(source, alpha: alpha) else { return nil }
        return language == .en
            ? (significant
                ? "The interaction is significant at the 5% level (F = \(fText), \(pText)): the effect of the columns depends on the sample, so compare the cell averages rather than the totals."
                : interactionNotShown(nil, f: fText, p: pText, level: "5%", .en))
            : (significant
                ? "交互作用は 5% 水準で有意です (F = \(fText)、\(pText))。列の効果が標本によって異なるため、合計ではなく各セルの平均を比べてください。"
                : interactionNotShown(nil, f: fText, p: pText, level: "5%", .ja))
    }

    /// F and its p-value as the sentences quote them, and whether p < α; nil when the effect has no F.
    static func test(_ source: ANOVASource, alpha: Double) -> (f: String, p: String, significant: Bool)? {
        guard let f = source.f, let p = source.pValue else { return nil }
        let pText = ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: p), isBelowThousandth: p < 0.001)
        return (NumberFormat.significant(f, digits: 3).approximateDisplay(of: f), pText, p < alpha)
    }
}
