import Analysis

/// What the normality check says about each column, and what a beginner should do next: with 30 or more
/// values a t-test is robust to moderate departures (the central limit theorem's usual rule of thumb);
/// with fewer, a skewed or non-normal sample calls for a rank test.
struct NormalityReading {
    /// The usual "n ≥ 30" rule for the t-test's robustness.
    static let moderateSample = 30
    /// |skewness| above this is "highly skewed" (Bulmer 1979, *Principles of Statistics*).
    static let strongSkewness = 1.0
    /// From this many values on, the reading warns that trivial departures become significant.
    static let largeSample = 500

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, checks: [NormalityCheck]) {
        let alpha = ReadingLayout.significanceLevel
        if checks.contains(where: { $0.shapiroWilk != nil }) {
            findings.append(NormalitySentences.hypotheses(language))
            findings.append(ReadingSentences.decisionRule(.departure, level: FormulaNumber.text(alpha * 100) + "%", language))
        }
        for check in checks {
            let skewed = check.skewness.map { abs($0) > Self.strongSkewness } ?? false
            guard let test = check.shapiroWilk else {
                findings.append(NormalitySentences.notTested(name: check.name, count: check.count, limit: ShapiroWilk.maximumCount,
                                                             language))
                continue
            }
            let departs = test.pValue < alpha
            findings.append(NormalitySentences.verdict(
                name: check.name, w: NumberFormat.decimals(3).approximateDisplay(of: test.w),
                p: ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: test.pValue), isBelowThousandth: test.pValue < 0.001),
                departs: departs, language))
            if skewed, let skewness = check.skewness {
                findings.append(NormalitySentences.skewed(name: check.name, skewness: NumberFormat.decimals(2).approximateDisplay(of: skewness),
                                                          right: skewness > 0, language))
            }
            if check.count >= Self.moderateSample, departs || skewed {
                findings.append(NormalitySentences.robustMeans(name: check.name, count: check.count, language))
            } else if departs || skewed {
                findings.append(NormalitySentences.preferRanks(name: check.name, count: check.count, language))
            } else {
                findings.append(NormalitySentences.looksNormal(name: check.name, language))
            }
        }
        if checks.contains(where: { $0.count >= Self.largeSample && $0.shapiroWilk != nil }) {
            warnings.append(NormalitySentences.largeSample(language))
        }
        warnings.append(NormalitySentences.notProof(language))
    }
}
