import Analysis

// The sentences of the Reading / 解釈 sheet for Correlation and Covariance, in both languages: the one
// place to fix their wording.

/// Each pair's correlation in words, strongest first, with the caveats that apply to correlations.
struct CorrelationReading {
    /// |r| thresholds for "weak", "moderate" and "strong", the rule of thumb Japanese courses teach
    /// (0.2 / 0.4 / 0.7).
    static let strengths: [(limit: Double, en: String, ja: String)] = [
        (0.2, "almost no", "ほとんど相関なし"), (0.4, "a weak", "弱い"), (0.7, "a moderate", "中程度の"),
        (Double.infinity, "a strong", "強い"),
    ]

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, matrix: CorrelationMatrix) {
        let ordered = matrix.pairs.filter { $0.pearson != nil }.sorted { abs($0.pearson ?? 0) > abs($1.pearson ?? 0) }
        for pair in ordered {
            guard let r = pair.pearson else { continue }
            findings.append(Self.pairSentence(first: matrix.names[pair.row], second: matrix.names[pair.column], r: r,
                                              p: pair.pearsonPValue, n: pair.count, language))
        }
        warnings.append(Self.straightLinesOnly(language))
        if matrix.notes.contains(where: { if case .approximateSpearmanPValue = $0.reason { true } else { false } }) {
            warnings.append(Labels.Notes.spearmanPValueApproximate.text(language))
        }
        warnings.append(Labels.Notes.covarianceIsPopulation.text(language))
        warnings.append(Labels.Notes.associationIsNotCause.text(language))
    }

    private static func pairSentence(first: String, second: String, r: Double, p: Double?, n: Int, _ language: Language) -> String {
        let strength = strengths.first { abs(r) < $0.limit } ?? strengths[strengths.count - 1]
        let rText = NumberFormat.decimals(2).approximateDisplay(of: r)
        let pText = p.map { ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: $0), isBelowThousandth: $0 < 0.001) } ?? "p = —"
        let significant = p.map { $0 < ReadingLayout.significanceLevel } ?? false
        switch language {
        case .en:
            let direction = abs(r) < strengths[0].limit ? "" : (r > 0 ? " positive" : " negative")
            let verdict = significant ? "significant at the 5% level" : "not significant at the 5% level"
            return "\(first) and \(second): r = \(rText), \(strength.en)\(direction) correlation (\(pText), n = \(n); \(verdict))."
        case .ja:
            let direction = abs(r) < strengths[0].limit ? "" : (r > 0 ? "正の相関" : "負の相関")
            let verdict = significant ? "5% 水準で有意です" : "5% 水準では有意ではありません"
            return "\(first) と \(second): r = \(rText)、\(strength.ja)\(direction) (\(pText)、n = \(n)、\(verdict))。"
        }
    }

    private static func straightLinesOnly(_ language: Language) -> String {
        switch language {
        case .en: return "r measures only straight-line association and is pulled by outliers: look at a scatter plot too."
        case .ja: return "r は直線的な関係の強さだけを表し、外れ値に引きずられます。散布図でも確かめてください。"
        }
    }
}
