import Foundation

/// Explicit histogram bins with "nice" widths, counted the way Excel's `FREQUENCY` and the ToolPak's
/// Histogram tool count: a value belongs to the first bin whose upper edge is ≥ the value, values above
/// the last edge go to `More` (toolpak.md §3.11).
///
/// The ToolPak's automatic bins are undocumented, so the toolkit always prints its own edges: Sturges'
/// rule k = ⌈log₂ n⌉ + 1 for the number of bins, the width rounded up to 1, 2, 2.5 or 5 × 10^m, and
/// the first bin starting at a multiple of the width.
public struct HistogramBins: Sendable, Hashable {
    /// Upper edges of the bins, ascending.
    public let upperEdges: [Double]
    /// Count per bin, then the `More` count (one longer than `upperEdges`).
    public let counts: [Int]
    /// Decimals that show every edge exactly (0 for a width of 2, 1 for 2.5 or 0.2).
    public let edgeDecimals: Int

    /// Bins for `values`; nil when there are no finite values.
    public init?(values: [Double]) {
        let finite = values.filter(\.isFinite)
        guard let minimum = finite.min(), let maximum = finite.max() else { return nil }
        let binCount = Int(log2(Double(finite.count)).rounded(.up)) + 1
        let width = Self.niceWidth(atLeast: (maximum - minimum) / Double(max(binCount, 1)))
        let decimals = max(0, -Int(log10(width).rounded(.down)) + 1)
        let start = (minimum / width).rounded(.down) * width
        var edges: [Double] = []
        var index = 1
        repeat {
            edges.append(Self.rounded(start + Double(index) * width, decimals: decimals))
            index += 1
        } while edges[edges.count - 1] < maximum
        upperEdges = edges
        counts = Self.count(finite, upperEdges: edges)
        edgeDecimals = (0...decimals).first { places in
            let scaled = width * pow(10, Double(places))
            return abs(scaled - scaled.rounded()) < 1e-9 * max(1, scaled)
        } ?? decimals
    }

    /// Bins with the user's upper edges (sorted, repeats removed), as the ToolPak's "Bin Range"; nil when
    /// no edge is finite.
    public init?(values: [Double], upperEdges: [Double]) {
        let edges = Array(Set(upperEdges.filter(\.isFinite))).sorted()
        guard !edges.isEmpty else { return nil }
        self.upperEdges = edges
        counts = Self.count(values.filter(\.isFinite), upperEdges: edges)
        // The fewest decimals (at most 6) that write every edge as given.
        edgeDecimals = (0...6).first { places in
            let scale = pow(10, Double(places))
            return edges.allSatisfy { edge in abs(edge * scale - (edge * scale).rounded()) < 1e-9 * max(1, abs(edge * scale)) }
        } ?? 6
    }

    /// The smallest of 1, 2, 2.5, 5 × 10^m that is ≥ `raw` (1 for constant data).
    static func niceWidth(atLeast raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, log10(raw).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].first { $0 * power >= raw * (1 - 1e-12) } ?? 10
        return step * power
    }

    /// Edges are rounded to the width's decimals so that 0.1 + 0.2 is written and compared as 0.3.
    private static func rounded(_ value: Double, decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        return (value * scale).rounded() / scale
    }

    private static func count(_ values: [Double], upperEdges: [Double]) -> [Int] {
        var counts = Array(repeating: 0, count: upperEdges.count + 1)
        for value in values {
            let bin = upperEdges.firstIndex { value <= $0 } ?? upperEdges.count
            counts[bin] += 1
        }
        return counts
    }
}
