/// One column of the generated data sheet: a header and how its values arise.
public struct ColumnSpec: Codable, Sendable, Hashable {
    /// Header text, also how tasks and derived columns refer to the column.
    public var name: String
    /// The distribution or rule producing the values.
    public var kind: ColumnKind

    /// Creates a column.
    public init(name: String, kind: ColumnKind) {
        self.name = name
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey {
        case name, id, sequence, normal, uniform, integer, poisson, categorical, date, derived
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        let kindKeys = container.allKeys.filter { $0 != .name }
        guard kindKeys.count == 1, let key = kindKeys.first else {
            let expected = "id, sequence, normal, uniform, integer, poisson, categorical, date, derived"
            // A misspelled kind (`nromal:`) is reported at its own key, with the kinds there are.
            let any = try decoder.container(keyedBy: AnyKey.self)
            if kindKeys.isEmpty, let misspelled = any.allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil }) {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: decoder.codingPath + [misspelled],
                    debugDescription: "\(ColumnKindMarker.prefix)\(misspelled.stringValue)\u{1F}\(expected)"))
            }
            throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription:
                "column \(name) needs exactly one of: \(expected) (found \(kindKeys.map(\.stringValue)))")
        }
        switch key {
        case .id: kind = .id(try container.decode(IdentifierSpec.self, forKey: key))
        case .sequence: kind = .sequence(try container.decode(SequenceSpec.self, forKey: key))
        case .normal: kind = .normal(try container.decode(NormalSpec.self, forKey: key))
        case .uniform: kind = .uniform(try container.decode(UniformSpec.self, forKey: key))
        case .integer: kind = .integer(try container.decode(IntegerSpec.self, forKey: key))
        case .poisson: kind = .poisson(try container.decode(PoissonSpec.self, forKey: key))
        case .categorical: kind = .categorical(try container.decode(CategoricalSpec.self, forKey: key))
        case .date: kind = .date(try container.decode(DateSpec.self, forKey: key))
        case .derived: kind = .derived(try container.decode(DerivedSpec.self, forKey: key))
        case .name: throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "unreachable")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        switch kind {
        case .id(let spec): try container.encode(spec, forKey: .id)
        case .sequence(let spec): try container.encode(spec, forKey: .sequence)
        case .normal(let spec): try container.encode(spec, forKey: .normal)
        case .uniform(let spec): try container.encode(spec, forKey: .uniform)
        case .integer(let spec): try container.encode(spec, forKey: .integer)
        case .poisson(let spec): try container.encode(spec, forKey: .poisson)
        case .categorical(let spec): try container.encode(spec, forKey: .categorical)
        case .date(let spec): try container.encode(spec, forKey: .date)
        case .derived(let spec): try container.encode(spec, forKey: .derived)
        }
    }
}

/// How a column's values are produced.
public enum ColumnKind: Sendable, Hashable {
    /// Row identifiers `prefix` + zero-padded running number.
    case id(IdentifierSpec)
    /// An arithmetic sequence (month number, week number, …).
    case sequence(SequenceSpec)
    /// Normally distributed numbers.
    case normal(NormalSpec)
    /// Uniformly distributed numbers.
    case uniform(UniformSpec)
    /// Uniformly distributed integers.
    case integer(IntegerSpec)
    /// Poisson counts.
    case poisson(PoissonSpec)
    /// Labels drawn with weights, optionally depending on another categorical column.
    case categorical(CategoricalSpec)
    /// Calendar dates, random in a range or consecutive by day or month.
    case date(DateSpec)
    /// A linear function of earlier columns plus noise: the relationship the exercise is about.
    case derived(DerivedSpec)
}

/// Any key of a mapping, to find the keys a fixed `CodingKeys` does not list.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Marks the decoding error of a misspelled column kind, so the loader can report it as an unknown value.
enum ColumnKindMarker {
    static let prefix = "unknown column kind:"
}
