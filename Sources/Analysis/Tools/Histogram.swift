import Foundation

/// The ToolPak's Histogram (toolpak.md §3.11): a value is counted in the first bin whose upper edge
/// it does not exceed (bᵢ₋₁ < x ≤ bᵢ, everything ≤ b₁ in the first bin), values above the last edge
/// in "More"; cumulative fractions in input order and, on request, in Pareto order.
public struct Histogram: Codable, Sendable, Equatable {
    /// How the edges were chosen.
    public enum EdgeRule: Codable, Sendable, Equatable {
        /// Edges given by the user.
        case given
        /// Sturges' rule k = ⌈log₂ n⌉ + 1 bins of a "nice" width (1, 2, 2.5 or 5 × 10ᵐ) covering
        /// [min, max], first lower bound a multiple of the width. Excel's own automatic bins are
        /// undocumented and not reproduced.
        case sturges(width: Double)
    }

    /// One output row.
    public struct Bin: Codable, Sendable, Equatable {
        /// The upper edge; nil for the "More" row.
        public let upperEdge: Double?
        /// Number of values in the bin (Excel `FREQUENCY`).
        public let frequency: Int
        /// Running total / n as a fraction (the ToolPak formats it as 0.00%).
        public let cumulativeFraction: Double
    }

    /// The upper edges used, strictly increasing.
    public let edges: [Double]
    /// Whether the edges were given or generated, and how.
    public let edgeRule: EdgeRule
    /// One row per edge plus "More", in edge order.
    public let bins: [Bin]
    /// The same rows sorted by frequency, largest first (ties keep edge order), with the
    /// cumulative fraction recomputed in that order.
    public let paretoBins: [Bin]
    /// Number of values counted.
    public let count: Int

    /// Counts the present values of `variable` into `edges`, or into Sturges bins when nil.
    /// - Throws: `AnalysisError.tooFewObservations` for no values, `.invalidParameter` for an
    ///   empty, non-finite or not strictly increasing edge list.
    public static func compute(_ variable: Variable, edges: [Double]? = nil) throws -> Histogram {
        let values = variable.presentValues
        guard !values.isEmpty else {
            throw AnalysisError.tooFewObservations(procedure: .histogram(variable: variable.name), needed: 1, found: 0)
        }
        let rule: EdgeRule
        let upperEdges: [Double]
        if let edges {
            try validate(edges)
            rule = .given
            upperEdges = edges
        } else {
            (upperEdges, rule) = sturgesEdges(values)
        }
        var frequencies = [Int](repeating: 0, count: upperEdges.count + 1)
        for value in values { frequencies[firstEdge(notBelow: value, in: upperEdges)] += 1 }
        let rows = frequencies.enumerated().map { (edge: $0.offset < upperEdges.count ? upperEdges[$0.offset] : nil,
                                                   frequency: $0.element) }
        let pareto = paretoOrder(frequencies).map { rows[$0] }
        return Histogram(edges: upperEdges, edgeRule: rule, bins: cumulate(rows, total: values.count),
                         paretoBins: cumulate(pareto, total: values.count), count: values.count)
    }

    /// The ToolPak's Pareto (sorted histogram) order: row indices by frequency, largest first, ties
    /// in their original order (the "More" row takes part like any other).
    public static func paretoOrder(_ frequencies: [Int]) -> [Int] {
        frequencies.indices.sorted { (frequencies[$0], -$0) > (frequencies[$1], -$1) }
    }

    private static func validate(_ edges: [Double]) throws {
        guard !edges.isEmpty else {
            throw AnalysisError.invalidParameter(name: "bin edges", value: 0, requirement: .atLeast(1))
        }
        for (index, edge) in edges.enumerated() {
            guard edge.isFinite else {
                throw AnalysisError.invalidParameter(name: "bin edge \(index + 1)", value: edge, requirement: .finite)
            }
            if index > 0, edge <= edges[index - 1] {
                throw AnalysisError.invalidParameter(name: "bin edge \(index + 1)", value: edge,
                                                     requirement: .above(edges[index - 1]))
            }
        }
    }

    /// Index of the first edge ≥ value (binary search), or edges.count for "More".
    private static func firstEdge(notBelow value: Double, in edges: [Double]) -> Int {
        var low = 0, high = edges.count
        while low < high {
            let mid = (low + high) / 2
            if edges[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private static func cumulate(_ rows: [(edge: Double?, frequency: Int)], total: Int) -> [Bin] {
        var running = 0
        return rows.map { row in
            running += row.frequency
            return Bin(upperEdge: row.edge, frequency: row.frequency, cumulativeFraction: Double(running) / Double(total))
        }
    }

    /// Sturges' bin count with a width rounded up to 1, 2, 2.5 or 5 × 10ᵐ. Edges are integer
    /// multiples of the width, each formed as (multiple × mantissa) scaled by a power of ten, so
    /// decimal widths give decimal-exact edges such as 0.3 rather than 0.30000000000000004.
    static func sturgesEdges(_ values: [Double]) -> ([Double], EdgeRule) {
        let low = values.min() ?? 0, high = values.max() ?? 0
        let bins = Int(log2(Double(values.count)).rounded(.up)) + 1
        let raw = high > low ? (high - low) / Double(bins) : 1
        let exponent = Int(log10(raw).rounded(.down))
        let scale = pow(10, Double(exponent))
        let mantissa = [1, 2, 2.5, 5, 10].first { $0 * scale >= raw * (1 - 1e-12) } ?? 10
        let edge = { (multiple: Double) -> Double in
            exponent < 0 ? multiple * mantissa / pow(10, Double(-exponent)) : multiple * mantissa * scale
        }
        let width = edge(1)
        var multiple = (low / width).rounded(.down)
        var edges = [Double]()
        repeat {
            multiple += 1
            edges.append(edge(multiple))
        } while edges.last.map({ $0 < high }) ?? false && edges.count < 10_000
        return (edges, .sturges(width: width))
    }
}
