/// The order in which a categorical column's levels are reported: the levels a caller prefers first, in the
/// order it gives them (`--order 所属=企画課,総務課`, or a natural order such as 20代 before 30代, decided by the
/// caller), every other level after them in order of first appearance. One rule for every analysis that lists
/// levels, so a table, a chart and a model name the levels in the same order.
public enum LevelOrder {
    /// The distinct labels of `labels` (nil skipped) in the order described above.
    public static func levels(of labels: some Sequence<String?>, preferring preferred: [String] = []) -> [String] {
        var seen = Set<String>(), order: [String] = []
        for case let label? in labels where seen.insert(label).inserted { order.append(label) }
        return arrange(order, preferring: preferred)
    }

    /// `levels` (distinct, in first-appearance order) rearranged so that those in `preferred` come first in
    /// its order; a stable sort, so the rest keep their order.
    public static func arrange(_ levels: [String], preferring preferred: [String]) -> [String] {
        guard !preferred.isEmpty else { return levels }
        let rank = Dictionary(preferred.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return levels.enumerated().sorted { a, b in
            let (ra, rb) = (rank[a.element] ?? Int.max, rank[b.element] ?? Int.max)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }
}
