/// Fisher's exact test for a 2×2 table [[a, b], [c, d]] (numerics reference §7).
///
/// Conditioning on the margins, a follows the hypergeometric distribution. Its terms are built
/// outward from the mode with the exact ratio t(x+1)/t(x) = (K−x)(n−x)/((x+1)(N−K−n+x+1)) and
/// summed in double-double, so no factorial or log-gamma is formed and every probability keeps a
/// relative error of O(support size · u). Two-sided p follows R's rule: the sum of P(x) over all
/// x with P(x) ≤ P(a)·(1 + 10⁻⁷) (SciPy uses 1 + 10⁻¹⁴; they differ only on near-ties).
public struct FisherExactTest: Codable, Sendable, Equatable {
    /// The observed table.
    public let table: [[Int]]
    /// P(X ≤ a): evidence that the odds ratio is below 1.
    public let pLess: Double
    /// P(X ≥ a).
    public let pGreater: Double
    /// Two-sided p (R's rule).
    public let pTwoSided: Double
    /// The sample odds ratio ad/(bc); nil when bc = 0.
    public let sampleOddsRatio: Double?

    /// Runs the test.
    /// - Throws: `AnalysisError.invalidParameter` for a negative count or an all-zero table.
    public static func compute(_ table: [[Int]]) throws -> FisherExactTest {
        guard table.count == 2, table.allSatisfy({ $0.count == 2 }) else {
            throw AnalysisError.lengthMismatch(variable: "2×2 table", expected: 2,
                                               found: table.count == 2 ? (table.first { $0.count != 2 }?.count ?? 2)
                                                                       : table.count)
        }
        for count in table.joined() where count < 0 {
            throw AnalysisError.invalidParameter(name: "count", value: Double(count), requirement: .atLeast(0))
        }
        let a = table[0][0], b = table[0][1], c = table[1][0], d = table[1][1]
        let total = a + b + c + d
        guard total > 0 else {
            throw AnalysisError.invalidParameter(name: "total", value: 0, requirement: .atLeast(1))
        }
        let row = a + b, column = a + c
        let low = max(0, row + column - total), high = min(row, column)
        // Terms relative to the mode ⌊(n+1)(K+1)/(N+2)⌋, where they are largest.
        let mode = min(high, max(low, (row + 1) * (column + 1) / (total + 2)))
        var terms = [Double](repeating: 0, count: high - low + 1)
        terms[mode - low] = 1
        if mode < high {
            for x in mode..<high {
                let ratio = Double(column - x) * Double(row - x) / (Double(x + 1) * Double(total - column - row + x + 1))
                terms[x + 1 - low] = terms[x - low] * ratio
            }
        }
        if mode > low {
            for x in stride(from: mode, to: low, by: -1) {
                let ratio = Double(x) * Double(total - column - row + x) / (Double(column - x + 1) * Double(row - x + 1))
                terms[x - 1 - low] = terms[x - low] * ratio
            }
        }
        let all = DoubleDouble.sum(terms)
        let observed = terms[a - low]
        let less = DoubleDouble.sum(terms[...(a - low)])
        let greater = DoubleDouble.sum(terms[(a - low)...])
        let extreme = DoubleDouble.sum(terms.filter { $0 <= observed * (1 + 1e-7) })
        return FisherExactTest(table: table, pLess: min(1, (less / all).value), pGreater: min(1, (greater / all).value),
                               pTwoSided: min(1, (extreme / all).value),
                               sampleOddsRatio: b * c > 0 ? Double(a) * Double(d) / (Double(b) * Double(c)) : nil)
    }
}
