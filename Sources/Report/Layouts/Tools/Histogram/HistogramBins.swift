import Analysis
import Foundation

/// Explicit histogram bins with "nice" widths, counted the way Excel's `FREQUENCY` and the ToolPak's
/// Histogram tool count: a value belongs to the first bin whose upper edge is ≥ the value, values above
/// the last edge go to `More` (toolpak.md §3.11).
///
/// The edges and counts are `Analysis.Histogram`'s (Sturges' rule when the user gives no edges); this type
/// adds what a sheet needs to write them.
public struct HistogramBins: Sendable, Hashable {
    /// Upper edges of the bins, ascending.
    public let upperEdges: [Double]
    /// Count per bin, then the `More` count (one longer than `upperEdges`).
    public let counts: [Int]
    /// Decimals that show every edge exactly (0 for a width of 2, 1 for 2.5 or 0.2).
    public let edgeDecimals: Int

    /// Sturges bins for `values` (`Analysis.Histogram`); nil when there are no finite values.
    public init?(values: [Double]) {
        guard let histogram = try? Histogram.compute(Variable(name: "", values: values)) else { return nil }
        self.init(histogram)
    }

    /// Bins with the user's upper edges (sorted, repeats removed), as the ToolPak's "Bin Range"; nil when
    /// no edge is finite or no value is.
    public init?(values: [Double], upperEdges: [Double]) {
        let edges = Array(Set(upperEdges.filter(\.isFinite))).sorted()
        guard !edges.isEmpty, let histogram = try? Histogram.compute(Variable(name: "", values: values), edges: edges) else {
            return nil
        }
        self.init(histogram)
    }

    /// The analysis's edges and counts, with the fewest decimals (at most 6) that write every edge as it is.
    private init(_ histogram: Histogram) {
        upperEdges = histogram.edges
        counts = histogram.bins.map(\.frequency)
        edgeDecimals = (0...6).first { places in
            let scale = pow(10, Double(places))
            return histogram.edges.allSatisfy { edge in
                abs(edge * scale - (edge * scale).rounded()) < 1e-9 * max(1, abs(edge * scale))
            }
        } ?? 6
    }
}
