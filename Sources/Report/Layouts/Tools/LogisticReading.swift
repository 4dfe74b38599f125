// The sentences of the Reading / 解釈 sheet for logistic regression, in both languages: the one place
// to fix their wording.
import Analysis

/// What a logistic fit says in plain words: each predictor's odds ratio, the likelihood-ratio test,
/// how well the model classifies, and whether there are enough events for the predictors.
struct LogisticReading {
    /// Events per predictor below which estimates are unstable (Peduzzi et al. 1996: 10).
    static let eventsPerPredictor = 10

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, fit: LogisticRegression) {
        let show = { (value: Double) in NumberFormat.significant(value).approximateDisplay(of: value) }
        let level = NumberFormat.percent(0).approximateDisplay(of: fit.confidenceLevel)
        for c in fit.coefficients.dropFirst() {
            findings.append(Self.oddsRatio(predictor: c.name, outcome: fit.outcomeName, ratio: show(c.oddsRatio),
                                           level: level, lower: show(c.oddsRatioLower), upper: show(c.oddsRatioUpper),
                                           p: ReadingSentences.pValue(show(c.pValue), isBelowThousandth: c.pValue < 0.001),
                                           language))
        }
        findings.append(Self.likelihoodRatio(chiSquare: show(fit.likelihoodRatio), df: fit.likelihoodRatioDegreesOfFreedom,
                                             p: ReadingSentences.pValue(show(fit.likelihoodRatioPValue),
                                                                        isBelowThousandth: fit.likelihoodRatioPValue < 0.001),
                                             mcFadden: show(fit.mcFaddenR2), language))
        findings.append(Self.accuracy(NumberFormat.percent(1).approximateDisplay(of: fit.classification.accuracy), language))
        let predictors = fit.coefficients.count - 1
        let rarer = min(fit.events, fit.observations - fit.events)
        if rarer < Self.eventsPerPredictor * predictors {
            warnings.append(Self.fewEvents(rarer: rarer, predictors: predictors, language))
        }
        warnings.append(Labels.Notes.associationIsNotCause.text(language))
    }

    private static func oddsRatio(predictor x: String, outcome y: String, ratio: String, level: String, lower: String,
                                  upper: String, p: String, _ language: Language) -> String {
        switch language {
        case .en:
            return "\(x): each one-unit increase multiplies the odds of \(y) = 1 by \(ratio) (\(level) interval \(lower) to \(upper); \(p))."
        case .ja:
            return "\(x) が 1 増えるごとに、\(y) = 1 のオッズは \(ratio) 倍になります (\(level) 信頼区間 \(lower)〜\(upper)、\(p))。"
        }
    }

    private static func likelihoodRatio(chiSquare: String, df: Int, p: String, mcFadden: String, _ language: Language) -> String {
        switch language {
        case .en: return "Against the intercept-only model, the likelihood-ratio χ² is \(chiSquare) with \(df) df (\(p)); McFadden's R² is \(mcFadden)."
        case .ja: return "切片のみのモデルと比べた尤度比 χ² は \(chiSquare) (自由度 \(df)、\(p))、McFadden の擬似 R² は \(mcFadden) です。"
        }
    }

    private static func accuracy(_ percent: String, _ language: Language) -> String {
        switch language {
        case .en: return "Predicting 1 where the fitted probability is at least 0.5 classifies \(percent) of the rows correctly."
        case .ja: return "予測確率 0.5 以上を 1 と判定すると、\(percent) の行を正しく判別します。"
        }
    }

    private static func fewEvents(rarer: Int, predictors: Int, _ language: Language) -> String {
        switch language {
        case .en: return "The rarer outcome occurs \(rarer) times for \(predictors) predictor(s); below \(eventsPerPredictor) per predictor the estimates are unstable."
        case .ja: return "少ない方の結果は \(rarer) 件で、説明変数 \(predictors) 個に対して 1 個あたり \(eventsPerPredictor) 件を下回るため、推定が不安定です。"
        }
    }
}
