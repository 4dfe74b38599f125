/// The expected value of one figure: a number or a はい/いいえ decision.
public enum AnswerValue: Codable, Sendable, Hashable {
    /// A numeric figure (coefficient, p-value, mean, …).
    case number(Double)
    /// A yes/no decision (e.g. significant at 5 %).
    case decision(Bool)
}

/// One line of an answer key.
public struct ExpectedAnswer: Codable, Sendable, Hashable {
    /// The task the figure belongs to.
    public let taskID: String
    /// The figure (also the answer cell's identifier).
    public let figureID: String
    /// The label shown next to the answer cell.
    public let label: LocalizedText
    /// The correct value, computed from the variant's data; `nil` when it could not be computed
    /// (the reason is in ``AnswerKey/problems``).
    public let value: AnswerValue?
    /// How far a numeric answer may be off.
    public let tolerance: Tolerance
}

/// The complete key of one participant's variant.
public struct AnswerKey: Sendable, Equatable {
    /// The exercise.
    public let exerciseID: String
    /// The variant (1-based).
    public let variant: Int
    /// Every figure of every task, in spec order.
    public let answers: [ExpectedAnswer]
    /// Why some figures have no value (the analysis failed, or the figure is undefined for this data).
    public let problems: [WorkshopError]

    /// The expected answer of figure `figureID`.
    public func answer(for figureID: String) -> ExpectedAnswer? {
        answers.first { $0.figureID == figureID }
    }
}

extension FigureSpec {
    /// The figure's tolerance. A figure with its own `tolerance` uses it as written. Otherwise a figure
    /// asked to `decimals: d` accepts exactly the answers within half a unit of the d-th decimal of the
    /// key — what rounds to the key at d decimals — whatever the exercise's default says (a hair
    /// more, so binary rounding never rejects a correctly rounded answer). Figures without
    /// `decimals` use the exercise's tolerance.
    public func effectiveTolerance(default exerciseTolerance: Tolerance) -> Tolerance {
        if let tolerance { return tolerance }
        guard let decimals else { return exerciseTolerance }
        return Tolerance(absolute: Self.halfUnit(decimals: decimals) * (1 + 1e-9), relative: 0)
    }

    /// Half a unit in the `decimals`-th place: 0.0005 for 3.
    static func halfUnit(decimals: Int) -> Double {
        var halfUnit = 0.5
        for _ in 0..<max(decimals, 0) { halfUnit /= 10 }
        return halfUnit
    }
}
