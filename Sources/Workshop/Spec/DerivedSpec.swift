/// Parameters of ``ColumnKind/derived(_:)``:
/// value = intercept + Σ coefficient·column + effect[label of categorical column] + Σ interaction shifts
/// + seasonal[row mod period] + noise,
/// then clamped and rounded by `shape`.
///
/// This is the true relationship the participant should recover (e.g. a regression coefficient
/// close to the one written here).
public struct DerivedSpec: Codable, Sendable, Hashable {
    /// Constant term.
    public var intercept: Double
    /// Coefficient per earlier numeric column (summed in column-name order so the bytes never depend
    /// on dictionary order).
    public var terms: [String: Double]
    /// Per earlier categorical column, the shift added for each label (labels left out add 0).
    public var effects: [String: [String: Double]]
    /// Shifts added to the rows matching labels of several categorical columns at once, e.g. the
    /// treated office after the measure (the effect a difference-in-differences recovers).
    public var interactions: [InteractionSpec]
    /// A repeating pattern indexed by row (row 1 takes the first entry), e.g. 12 monthly shifts.
    public var seasonal: [Double]
    /// Random error added to every row.
    public var noise: NoiseSpec?
    /// Rounding and clamping of the result.
    public var shape: NumberShape

    private enum CodingKeys: String, CodingKey { case intercept, terms, effects, interactions, seasonal, noise }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        intercept = try container.decodeIfPresent(Double.self, forKey: .intercept) ?? 0
        terms = try container.decodeIfPresent([String: Double].self, forKey: .terms) ?? [:]
        effects = try container.decodeIfPresent([String: [String: Double]].self, forKey: .effects) ?? [:]
        interactions = try container.decodeIfPresent([InteractionSpec].self, forKey: .interactions) ?? []
        seasonal = try container.decodeIfPresent([Double].self, forKey: .seasonal) ?? []
        noise = try container.decodeIfPresent(NoiseSpec.self, forKey: .noise)
        shape = try NumberShape(from: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(intercept, forKey: .intercept)
        try container.encode(terms, forKey: .terms)
        try container.encode(effects, forKey: .effects)
        if !interactions.isEmpty { try container.encode(interactions, forKey: .interactions) }
        try container.encode(seasonal, forKey: .seasonal)
        try container.encodeIfPresent(noise, forKey: .noise)
        try shape.encode(to: encoder)
    }
}

/// A shift added to the rows whose labels match `when` in every listed column.
///
/// With `spread`, the shift of each variant is drawn once, uniformly from `shift ± spread`: the
/// planted effect differs between participants (some variants small enough not to be significant).
public struct InteractionSpec: Codable, Sendable, Hashable {
    /// Per earlier categorical column, the labels a row must have (any of them).
    public var when: [String: [String]]
    /// The shift (the centre of the range with `spread`).
    public var shift: Double
    /// Half-width of the per-variant range of the shift; fixed when omitted.
    public var spread: Double?
}

/// Random error of a derived column: normal with standard deviation `sd`.
public struct NoiseSpec: Codable, Sendable, Hashable {
    /// Standard deviation of the normal error.
    public var sd: Double
    /// Per earlier identifier or categorical column, the standard deviation of an extra normal error
    /// drawn once per label and shared by all rows with that label (a visitor's own pace in long data).
    public var shared: [String: Double]?
}
