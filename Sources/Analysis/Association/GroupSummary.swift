/// What a PivotTable gives for a numeric column split by one or two categorical keys: count,
/// mean, sample SD, minimum and maximum per group. Groups are listed in ascending key order
/// (the PivotTable default), compared as text, except that a key's levels given in an order (`--order`, a
/// natural order such as 20代 before 30代) come first in that order.
public struct GroupSummary: Codable, Sendable, Equatable {
    /// One group.
    public struct Group: Codable, Sendable, Equatable {
        /// The key values, one per key column.
        public let keys: [String]
        /// Rows with a present value.
        public let count: Int
        /// Arithmetic mean.
        public let mean: Double
        /// Sample SD (`STDEV.S`); nil when count < 2.
        public let standardDeviation: Double?
        /// Smallest value.
        public let minimum: Double
        /// Largest value.
        public let maximum: Double
    }

    /// Names of the key columns.
    public let keyNames: [String]
    /// The summarised column's name.
    public let valueName: String
    /// Groups in ascending key order.
    public let groups: [Group]
    /// Rows left out because the value or a key is blank.
    public let droppedRows: [Int]

    /// Summarises `value` by one or two key columns (nil = blank).
    /// - Parameter orders: per key column, levels to list first in this order (missing or empty: text order).
    /// - Throws: `AnalysisError.invalidParameter` for no or more than two keys,
    ///   `.lengthMismatch` when a key column's length differs from the value column's.
    public static func compute(_ value: Variable, by keys: [(name: String, values: [String?])],
                               orders: [[String]] = []) throws -> GroupSummary {
        guard (1...2).contains(keys.count) else {
            throw AnalysisError.invalidParameter(name: "key columns", value: Double(keys.count), requirement: .between(1, 2))
        }
        for key in keys where key.values.count != value.values.count {
            throw AnalysisError.lengthMismatch(variable: key.name, expected: value.values.count, found: key.values.count)
        }
        var buckets = [[String]: [Double]]()
        var dropped = [Int]()
        for (row, entry) in value.values.enumerated() {
            let rowKeys = keys.compactMap { $0.values[row] }
            guard let entry, entry.isFinite, rowKeys.count == keys.count else {
                dropped.append(row)
                continue
            }
            buckets[rowKeys, default: []].append(entry)
        }
        let ranks = keys.indices.map { k in
            Dictionary((k < orders.count ? orders[k] : []).enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        // Listed levels by their position, unlisted ones after them in text order.
        let precedes = { (a: [String], b: [String]) -> Bool in
            for k in a.indices where a[k] != b[k] {
                let (ra, rb) = (ranks[k][a[k]] ?? Int.max, ranks[k][b[k]] ?? Int.max)
                return ra != rb ? ra < rb : a[k] < b[k]
            }
            return false
        }
        let groups = buckets.keys.sorted(by: precedes).map { keys -> Group in
            let values = buckets[keys] ?? []
            let sums = CentralSums(values)
            return Group(keys: keys, count: values.count, mean: sums.mean.value,
                         standardDeviation: values.count > 1 ? (sums.squares / Double(values.count - 1)).squareRoot().value
                                                             : nil,
                         minimum: values.min() ?? 0, maximum: values.max() ?? 0)
        }
        return GroupSummary(keyNames: keys.map(\.name), valueName: value.name, groups: groups, droppedRows: dropped)
    }
}
