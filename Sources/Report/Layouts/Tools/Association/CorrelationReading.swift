import Analysis
import Foundation

// The sentences of the Reading / 解釈 sheet for Correlation and Covariance, in both languages: the one
// place to fix their wording.

/// Each pair's correlation in words, strongest first, with the caveats that apply to correlations.
struct CorrelationReading {
    /// |r| thresholds for "weak", "moderate" and "strong", the rule of thumb Japanese courses teach
    /// (0.2 / 0.4 / 0.7).
    static let strengths: [(limit: Double, en: String, ja: String)] = [
        (0.2, "a very weak", "ごく弱い相関"), (0.4, "a weak", "弱い"), (0.7, "a moderate", "中程度の"),
        (Double.infinity, "a strong", "強い"),
    ]

    private(set) var findings: [String] = []
    /// Each pair's sentence, strongest first, without the hypotheses and the decision rule.
    private(set) var pairFindings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, matrix: CorrelationMatrix) {
        let ordered = matrix.pairs.filter { $0.pearson != nil }.sorted { abs($0.pearson ?? 0) > abs($1.pearson ?? 0) }
        for pair in ordered {
            guard let r = pair.pearson else { continue }
            pairFindings.append(Self.pairSentence(first: matrix.names[pair.row], second: matrix.names[pair.column], r: r,
                                              p: pair.pearsonPValue, n: pair.count, language))
        }
        findings = [Self.hypotheses(language), ReadingSentences.decisionRule(.association, level: "5%", language)] + pairFindings
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
        let verdict = ReadingSentences.verdict(.association, significant: significant, level: "5%", language)
        let interval = fisherInterval(r: r, n: n).map { (NumberFormat.decimals(2).approximateDisplay(of: $0.lower),
                                                         NumberFormat.decimals(2).approximateDisplay(of: $0.upper)) }
        switch language {
        case .en:
            let direction = abs(r) < strengths[0].limit ? "" : (r > 0 ? " positive" : " negative")
            let range = interval.map { ", 95% interval \($0.0) to \($0.1)" } ?? ""
            return "\(first) and \(second): r = \(rText), \(strength.en)\(direction) correlation (\(pText), n = \(n)\(range); \(verdict))."
                + (significant && abs(r) < weakLimit ? " " + weakButSignificant(n: n, language) : "")
        case .ja:
            let direction = abs(r) < strengths[0].limit ? "" : (r > 0 ? "正の相関" : "負の相関")
            let range = interval.map { "、95% 信頼区間 \($0.0)〜\($0.1)" } ?? ""
            return "\(first) と \(second): r = \(rText)、\(strength.ja)\(direction) (\(pText)、n = \(n)\(range)、\(verdict))。"
                + (significant && abs(r) < weakLimit ? weakButSignificant(n: n, language) : "")
        }
    }

    /// Below this |r| a correlation reads as weak; when it is also significant the reading says why both hold.
    static let weakLimit = 0.4

    /// Why a weak correlation can be significant: with many pairs even a small r is told apart from 0.
    static func weakButSignificant(n: Int, _ language: Language) -> String {
        let count = NumberFormat.integer.approximateDisplay(of: Double(n))
        switch language {
        case .en:
            return "The correlation is weak, yet with n = \(count) pairs even a weak correlation is told apart from 0: significant means ρ is not 0, not that the relation is strong."
        case .ja:
            return "相関は弱いものの、n = \(count) と多いため 0 とは区別できます。有意とは「ρ は 0 ではない」という意味で、関係が強いという意味ではありません。"
        }
    }

    /// The 95% interval of the population correlation by Fisher's z (n > 3, |r| < 1).
    static func fisherInterval(r: Double, n: Int) -> (lower: Double, upper: Double)? {
        guard n > 3, abs(r) < 1 else { return nil }
        let z = atanh(r), half = 1.959963984540054 / Double(n - 3).squareRoot()
        return (tanh(z - half), tanh(z + half))
    }

    private static func hypotheses(_ language: Language) -> String {
        switch language {
        case .en: return ReadingSentences.hypotheses(null: "the population correlation ρ of a pair is 0", alternative: "ρ is not 0", language)
        case .ja: return ReadingSentences.hypotheses(null: "2 つの変数の母相関係数 ρ は 0", alternative: "ρ は 0 ではない", language)
        }
    }

    private static func straightLinesOnly(_ language: Language) -> String {
        switch language {
        case .en: return "r measures only straight-line association and is pulled by outliers: look at a scatter plot too."
        case .ja: return "r は直線的な関係の強さだけを表し、外れ値に引きずられます。散布図でも確かめてください。"
        }
    }
}
