/// What a column can be used for in a task.
public enum ColumnRole: Sendable, Hashable {
    /// Numbers: analysable by every numeric procedure.
    case numeric
    /// Labels from a fixed list: groups, cross tabulation.
    case categorical(labels: [String])
    /// Calendar dates: series labels.
    case date
    /// Row identifiers.
    case identifier

    /// A readable name for messages.
    var name: String {
        switch self {
        case .numeric: return "numeric"
        case .categorical: return "categorical"
        case .date: return "date"
        case .identifier: return "identifier"
        }
    }
}

extension ColumnSpec {
    /// The column's role, fixed by its kind.
    public var role: ColumnRole {
        switch kind {
        case .sequence, .normal, .uniform, .integer, .poisson, .derived: return .numeric
        case .categorical(let spec): return .categorical(labels: spec.values)
        case .date: return .date
        case .id: return .identifier
        }
    }
}
