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

    /// - Parameters:
    ///   - outcome: how a text outcome was coded, so sentences name its event (申請 = はい) instead of "= 1".
    ///   - categories: text predictors entered as indicators, read as comparisons with their reference level.
    init(language: Language, fit: LogisticRegression, outcome: BinaryOutcome? = nil, categories: [DummyCoding] = []) {
        let show = { (value: Double) in NumberFormat.significant(value).approximateDisplay(of: value) }
        let level = NumberFormat.percent(0).approximateDisplay(of: fit.confidenceLevel)
        let event = outcome.map { "\($0.variable) = \($0.event)" } ?? "\(fit.outcomeName) = 1"
        if let outcome {
            findings.append(Self.coding(outcome, event: event, language))
        }
        findings.append(Self.hypotheses(language))
        findings.append(ReadingSentences.decisionRule(.association, level: "5%", language))
        var indicatorLevels: [String: (coding: DummyCoding, level: String)] = [:]
        for coding in categories {
            for level in coding.levels { indicatorLevels[DummyCoding.indicatorName(variable: coding.variable, level: level)] = (coding, level) }
        }
        for c in fit.coefficients.dropFirst() {
            let interval = (ratio: show(c.oddsRatio), level: level, lower: show(c.oddsRatioLower), upper: show(c.oddsRatioUpper),
                            p: ReadingSentences.pValue(show(c.pValue), isBelowThousandth: c.pValue < 0.001)
                                + (language == .en ? "; " : "、")
                                + ReadingSentences.verdict(.association, significant: c.pValue < ReadingLayout.significanceLevel,
                                                           level: "5%", language))
            if let (coding, categoryLevel) = indicatorLevels[c.name] {
                findings.append(Self.categoryOddsRatio(variable: coding.variable, level: categoryLevel, reference: coding.reference,
                                                       event: event, interval, language))
            } else {
                findings.append(Self.oddsRatio(predictor: c.name, event: event, interval, language))
            }
        }
        findings.append(Self.likelihoodRatio(chiSquare: show(fit.likelihoodRatio), df: fit.likelihoodRatioDegreesOfFreedom,
                                             p: ReadingSentences.pValue(show(fit.likelihoodRatioPValue),
                                                                        isBelowThousandth: fit.likelihoodRatioPValue < 0.001),
                                             verdict: ReadingSentences.verdict(.association,
                                                                               significant: fit.likelihoodRatioPValue < ReadingLayout.significanceLevel,
                                                                               level: "5%", language),
                                             mcFadden: show(fit.mcFaddenR2), language))
        findings.append(Self.accuracy(NumberFormat.percent(1).approximateDisplay(of: fit.classification.accuracy), language))
        let predictors = fit.coefficients.count - 1
        let rarer = min(fit.events, fit.observations - fit.events)
        if rarer < Self.eventsPerPredictor * predictors {
            warnings.append(Self.fewEvents(rarer: rarer, predictors: predictors, language))
        }
        warnings.append(Labels.Notes.associationIsNotCause.text(language))
    }

    /// An odds ratio with its interval and p, as the sentences quote it.
    private typealias Interval = (ratio: String, level: String, lower: String, upper: String, p: String)

    private static func coding(_ outcome: BinaryOutcome, event: String, _ language: Language) -> String {
        switch language {
        case .en: return "\(outcome.variable) is coded 1 for \(outcome.event) and 0 for \(outcome.nonEvent): the model describes the odds of \(event)."
        case .ja: return "\(outcome.variable) は \(outcome.event) を 1、\(outcome.nonEvent) を 0 としています。モデルは \(event) のオッズを表します。"
        }
    }

    private static func oddsRatio(predictor x: String, event: String, _ i: Interval, _ language: Language) -> String {
        switch language {
        case .en:
            return "\(x): each additional 1 goes with odds of \(event) \(i.ratio) times as high (\(i.level) interval \(i.lower) to \(i.upper); \(i.p))."
        case .ja:
            return "\(x) が 1 大きいと、\(event) のオッズは \(i.ratio) 倍です (\(i.level) 信頼区間 \(i.lower)〜\(i.upper)、\(i.p))。"
        }
    }

    private static func categoryOddsRatio(variable: String, level: String, reference: String, event: String, _ i: Interval,
                                          _ language: Language) -> String {
        switch language {
        case .en:
            return "\(variable) \(level) compared with \(reference): the odds of \(event) are \(i.ratio) times as high (\(i.level) interval \(i.lower) to \(i.upper); \(i.p)), the other predictors held fixed."
        case .ja:
            return "\(variable) が \(level) の場合、\(reference) と比べて \(event) のオッズは \(i.ratio) 倍です (\(i.level) 信頼区間 \(i.lower)〜\(i.upper)、\(i.p)、他の説明変数は一定として)。"
        }
    }

    private static func likelihoodRatio(chiSquare: String, df: Int, p: String, verdict: String, mcFadden: String,
                                        _ language: Language) -> String {
        switch language {
        case .en: return "Against the intercept-only model, the likelihood-ratio χ² is \(chiSquare) with \(df) df (\(p); the predictors together: \(verdict)); McFadden's R² is \(mcFadden)."
        case .ja: return "切片のみのモデルと比べた尤度比 χ² は \(chiSquare) (自由度 \(df)、\(p)、説明変数全体で見ると \(verdict))、McFadden の擬似 R² は \(mcFadden) です。"
        }
    }

    private static func hypotheses(_ language: Language) -> String {
        switch language {
        case .en:
            return ReadingSentences.hypotheses(null: "a predictor's population odds ratio is 1 (its coefficient is 0)",
                                               alternative: "it is not 1 (its interval then leaves out 1)", language)
        case .ja:
            return ReadingSentences.hypotheses(null: "説明変数の母集団でのオッズ比は 1 (係数は 0)",
                                               alternative: "オッズ比は 1 ではない (信頼区間が 1 を含まない)", language)
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
