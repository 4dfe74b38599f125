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
    /// The figure's tolerance: its own or the exercise's, widened to half a unit in the last
    /// decimal place asked for (someone asked for 3 decimals cannot be more precise than ±0.0005).
    public func effectiveTolerance(default exerciseTolerance: Tolerance) -> Tolerance {
        var tolerance = self.tolerance ?? exerciseTolerance
        if let decimals {
            var halfUnit = 0.5
            for _ in 0..<decimals { halfUnit /= 10 }
            // A hair above half a unit, so a correctly rounded answer is never rejected by binary rounding.
            tolerance.absolute = max(tolerance.absolute, halfUnit * (1 + 1e-9))
        }
        return tolerance
    }
}
