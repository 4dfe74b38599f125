/// A categorical predictor (所属, 曜日, …) as 0/1 indicator columns, one per level except a reference
/// level (treatment coding): each indicator's coefficient is then the difference from the reference,
/// other predictors held fixed. Leaving one level out is what keeps the columns from summing to the
/// intercept's column.
public struct DummyCoding: Encodable, Sendable, Equatable {
    /// The categorical column's name.
    public let variable: String
    /// The level every other level is compared with.
    public let reference: String
    /// The other levels, in the order asked for and then of first appearance, one indicator each.
    public let levels: [String]
    /// The indicators, named `variable=level`; nil where the category is missing.
    public let indicators: [Variable]

    /// The most levels a predictor may have: each costs a model column, and a column of hundreds of
    /// categories (an ID, a name) is a wrong pick that would fit for minutes and explain nothing; 50 still
    /// takes the 47 prefectures.
    public static let maximumLevels = 50

    private enum CodingKeys: String, CodingKey {
        case variable, reference, levels
    }

    /// Codes `labels` (nil = missing).
    ///
    /// - Parameters:
    ///   - reference: the reference level; by default the most frequent one (the first in `order` among
    ///     equally frequent ones), so the comparisons rest on the largest group.
    ///   - order: levels to list first, in this order (`LevelOrder`); the rest follow in order of first appearance.
    /// - Throws: `AnalysisError.singleCategory` when fewer than two levels occur,
    ///   `.tooManyCategories` past `maximumLevels`, `.unknownCategory` when `reference` is not among them.
    public init(variable: String, labels: [String?], reference: String? = nil, order preferred: [String] = []) throws {
        var counts: [String: Int] = [:]
        for case let label? in labels { counts[label, default: 0] += 1 }
        let order = LevelOrder.levels(of: labels, preferring: preferred)
        guard order.count >= 2 else { throw AnalysisError.singleCategory(variable: variable, level: order.first) }
        guard order.count <= Self.maximumLevels else {
            throw AnalysisError.tooManyCategories(variable: variable, levels: order.count, limit: Self.maximumLevels)
        }
        let chosen: String
        if let reference {
            guard counts[reference] != nil else {
                throw AnalysisError.unknownCategory(variable: variable, level: reference, levels: order)
            }
            chosen = reference
        } else {
            chosen = order.enumerated().max { a, b in
                let (countA, countB) = (counts[a.element, default: 0], counts[b.element, default: 0])
                return countA != countB ? countA < countB : a.offset > b.offset
            }?.element ?? order[0]
        }
        self.variable = variable
        self.reference = chosen
        levels = order.filter { $0 != chosen }
        indicators = levels.map { level in
            Variable(name: Self.indicatorName(variable: variable, level: level),
                     values: labels.map { label in label.map { $0 == level ? 1 : 0 } })
        }
    }

    /// `所属=土木課`: the name an indicator column carries in the model and the report.
    public static func indicatorName(variable: String, level: String) -> String { "\(variable)=\(level)" }
}
