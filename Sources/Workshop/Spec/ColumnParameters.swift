import Spreadsheet

/// Parameters of ``ColumnKind/id(_:)``: `S001`, `S002`, …
public struct IdentifierSpec: Codable, Sendable, Hashable {
    /// Text before the number.
    public var prefix: String = ""
    /// Minimum number of digits (zero-padded).
    public var digits: Int = 3
    /// The first number.
    public var start: Int = 1
    /// Rows per identifier: with `repeat: 4` the first four rows are `S001`, the next four `S002`, …
    /// (long data, one row per unit × period).
    public var `repeat`: Int = 1

    private enum CodingKeys: String, CodingKey { case prefix, digits, start, `repeat` }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        prefix = try container.decodeIfPresent(String.self, forKey: .prefix) ?? prefix
        digits = try container.decodeIfPresent(Int.self, forKey: .digits) ?? digits
        start = try container.decodeIfPresent(Int.self, forKey: .start) ?? start
        `repeat` = try container.decodeIfPresent(Int.self, forKey: .repeat) ?? 1
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(prefix, forKey: .prefix)
        try container.encode(digits, forKey: .digits)
        try container.encode(start, forKey: .start)
        if `repeat` != 1 { try container.encode(`repeat`, forKey: .repeat) }
    }
}

/// Parameters of ``ColumnKind/sequence(_:)``: start, start+step, …
public struct SequenceSpec: Codable, Sendable, Hashable {
    /// The first value.
    public var start: Double = 1
    /// The increment per row.
    public var step: Double = 1

    private enum CodingKeys: String, CodingKey { case start, step }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decodeIfPresent(Double.self, forKey: .start) ?? start
        step = try container.decodeIfPresent(Double.self, forKey: .step) ?? step
    }
}

/// Rounding and clamping applied to a generated number, in that order: clamp, then round.
public struct NumberShape: Codable, Sendable, Hashable {
    /// Decimal places kept (half away from zero); `nil` keeps full precision.
    public var decimals: Int?
    /// Values below are raised to it (e.g. 0 for times and counts).
    public var min: Double?
    /// Values above are lowered to it.
    public var max: Double?
}

/// Parameters of ``ColumnKind/normal(_:)``.
public struct NormalSpec: Codable, Sendable, Hashable {
    /// Mean of the distribution.
    public var mean: Double
    /// Standard deviation.
    public var sd: Double
    /// Rounding and clamping of each draw.
    public var shape: NumberShape

    private enum CodingKeys: String, CodingKey { case mean, sd }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mean = try container.decode(Double.self, forKey: .mean)
        sd = try container.decode(Double.self, forKey: .sd)
        shape = try NumberShape(from: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mean, forKey: .mean)
        try container.encode(sd, forKey: .sd)
        try shape.encode(to: encoder)
    }
}

/// Parameters of ``ColumnKind/uniform(_:)``: numbers on [min, max).
public struct UniformSpec: Codable, Sendable, Hashable {
    /// Lower bound.
    public var min: Double
    /// Upper bound.
    public var max: Double
    /// Decimal places kept; `nil` keeps full precision.
    public var decimals: Int?
}

/// Parameters of ``ColumnKind/integer(_:)``: integers on [min, max], both included.
public struct IntegerSpec: Codable, Sendable, Hashable {
    /// Smallest value.
    public var min: Int
    /// Largest value.
    public var max: Int
}

/// Parameters of ``ColumnKind/poisson(_:)``.
public struct PoissonSpec: Codable, Sendable, Hashable {
    /// Mean count.
    public var mean: Double
}

/// Parameters of ``ColumnKind/categorical(_:)``.
///
/// Without `given`, each row draws from `values` with `weights` (equal when omitted). With
/// `given: <earlier categorical column>`, the row's weights are `weightsBy[<that row's label>]`,
/// falling back to `weights` — how an association between two categorical columns is planted.
///
/// For long data (one row per unit × period): `repeat: k` draws one label per block of k rows (a
/// unit's office stays the same in all its periods), and `cycle: true` takes the labels in their listed
/// order instead of drawing them (each for `repeat` rows), e.g. the periods of every unit.
public struct CategoricalSpec: Codable, Sendable, Hashable {
    /// The labels.
    public var values: [String]
    /// Relative frequencies, one per label; equal when omitted.
    public var weights: [Double]?
    /// An earlier categorical column the weights depend on.
    public var given: String?
    /// Weights per label of the `given` column.
    public var weightsBy: [String: [Double]]?
    /// Rows per draw (1 when omitted): consecutive blocks of this many rows share one label.
    public var `repeat`: Int?
    /// Labels in listed order, one block after another, instead of drawn.
    public var cycle: Bool?
}

/// Parameters of ``ColumnKind/date(_:)``.
///
/// With `step`, consecutive dates from `start` (one per row); without, uniform random dates
/// between `start` and `end` inclusive.
public struct DateSpec: Codable, Sendable, Hashable {
    /// First (or earliest) date.
    public var start: CivilDate
    /// Latest date, required for random dates.
    public var end: CivilDate?
    /// Spacing of consecutive dates.
    public var step: DateStep?
}

/// Spacing of consecutive dates.
public enum DateStep: String, Codable, Sendable, Hashable {
    /// One day per row.
    case day
    /// One month per row (the day of month of `start` is kept, clipped to the month's length).
    case month
}
