/// F-Test Two-Sample for Variances (toolpak.md §3.9): f = s₁²/s₂² (Variable 1 over Variable 2),
/// one tail chosen by the ToolPak's rule (left tail when f < 1, right tail otherwise).
public struct FTest: Codable, Sendable, Equatable {
    /// Variable 1 (numerator).
    public let first: SampleSummary
    /// Variable 2 (denominator).
    public let second: SampleSummary
    /// n₁ − 1.
    public let numeratorDegreesOfFreedom: Double
    /// n₂ − 1.
    public let denominatorDegreesOfFreedom: Double
    /// The one-tail level α of the critical value.
    public let alpha: Double
    /// s₁²/s₂²; nil when s₂² = 0.
    public let f: Double?
    /// "P(F<=f) one-tail": P(F ≤ f) when f < 1, else P(F ≥ f).
    public let pOneTail: Double?
    /// "F Critical one-tail": the lower α-quantile when f < 1, else the upper one.
    public let fCriticalOneTail: Double
    /// 2 × the one-tail p, as Excel's `F.TEST` (capped at 1).
    public let pTwoTail: Double?
    /// Why a figure is absent.
    public let notes: [AnalysisNote]

    /// Runs the test; blanks are skipped per column.
    /// - Throws: `AnalysisError.tooFewObservations` (a sample with fewer than 2 values),
    ///   `.invalidParameter` (α outside (0, 1)).
    public static func compute(_ first: Variable, _ second: Variable, alpha: Double = 0.05) throws -> FTest {
        try validateAlpha(alpha)
        let x = first.presentValues, y = second.presentValues
        for (variable, values) in [(first, x), (second, y)] where values.count < 2 {
            throw AnalysisError.tooFewObservations(procedure: .fTest(variable: variable.name), needed: 2, found: values.count)
        }
        return try FTest(first: SampleSummary(name: first.name, values: x),
                         second: SampleSummary(name: second.name, values: y), alpha: alpha)
    }

    private init(first: SampleSummary, second: SampleSummary, alpha: Double) throws {
        let d1 = Double(first.count - 1), d2 = Double(second.count - 1)
        let distribution = try FisherF(numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2)
        self.first = first
        self.second = second
        numeratorDegreesOfFreedom = d1
        denominatorDegreesOfFreedom = d2
        self.alpha = alpha
        let v1 = first.variance ?? 0, v2 = second.variance ?? 0
        guard v2 > 0 else {
            f = nil
            pOneTail = nil
            pTwoTail = nil
            fCriticalOneTail = distribution.inverseSurvival(alpha)
            notes = [AnalysisNote(subject: "F", reason: .zeroVariance)]
            return
        }
        let ratio = v1 / v2
        let lowerTail = ratio < 1
        f = ratio
        let p = lowerTail ? distribution.cdf(ratio) : distribution.sf(ratio)
        pOneTail = p
        pTwoTail = min(1, 2 * p)
        fCriticalOneTail = lowerTail ? distribution.quantile(alpha) : distribution.inverseSurvival(alpha)
        notes = []
    }
}
