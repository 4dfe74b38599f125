/// The ToolPak's Rank and Percentile (toolpak.md §3.14): values sorted descending with their
/// original position, `RANK.EQ` (ties share the best rank) and `PERCENTRANK.INC` truncated to
/// three decimals.
public struct RankAndPercentile: Codable, Sendable, Equatable {
    /// One output row.
    public struct Row: Codable, Sendable, Equatable {
        /// 1-based position of the value among the present values ("Point").
        public let point: Int
        /// The value.
        public let value: Double
        /// 1 + #{v > value}.
        public let rank: Int
        /// ⌊#{v < value}·1000/(n−1)⌋/1000, formed in integers so decimal-exact results are not
        /// truncated one step low (numerics reference §12); nil when n = 1.
        public let percent: Double?
    }

    /// The variable's name (the value column's header).
    public let name: String
    /// Rows in descending value order; equal values keep input order.
    public let rows: [Row]

    /// Ranks the present values of `variable`.
    /// - Throws: `AnalysisError.tooFewObservations` for no values.
    public static func compute(_ variable: Variable) throws -> RankAndPercentile {
        let values = variable.presentValues
        guard !values.isEmpty else {
            throw AnalysisError.tooFewObservations(procedure: .rankAndPercentile(variable: variable.name), needed: 1, found: 0)
        }
        let ascending = values.sorted()
        let n = values.count
        let order = values.indices.sorted { (values[$0], -$0) > (values[$1], -$1) }
        let rows = order.map { index -> Row in
            let value = values[index]
            let below = lowerBound(value, in: ascending)
            let above = n - upperBound(value, in: ascending)
            let percent = n > 1 ? Double(below * 1000 / (n - 1)) / 1000 : nil
            return Row(point: index + 1, value: value, rank: above + 1, percent: percent)
        }
        return RankAndPercentile(name: variable.name, rows: rows)
    }

    /// #{v < value} in ascending data.
    private static func lowerBound(_ value: Double, in sorted: [Double]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// #{v ≤ value} in ascending data.
    private static func upperBound(_ value: Double, in sorted: [Double]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
