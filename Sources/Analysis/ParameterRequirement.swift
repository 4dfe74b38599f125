/// What a setting must satisfy, kept as data so that a message can state it in the reader's language.
public enum ParameterRequirement: Sendable, Equatable, Codable {
    /// A finite number, as a mean or a hypothesised difference.
    case finite
    /// A finite number above 0, as a variance or degrees of freedom.
    case positive
    /// Strictly between 0 and 1, as a significance level, a confidence level or a smoothing constant.
    case probability
    /// A whole number of at least this much, as an interval, a period or a count.
    case atLeast(Int)
    /// A whole number from the first bound to the second, both included.
    case between(Int, Int)
    /// A number above the given one, as each bin edge above the one before it.
    case above(Double)
}

extension ParameterRequirement {
    /// Whether `value` satisfies the requirement.
    public func isMet(by value: Double) -> Bool {
        switch self {
        case .finite: value.isFinite
        case .positive: value.isFinite && value > 0
        case .probability: value > 0 && value < 1
        case .atLeast(let least): value >= Double(least)
        case .between(let lower, let upper): value >= Double(lower) && value <= Double(upper)
        case .above(let bound): value.isFinite && value > bound
        }
    }
}
