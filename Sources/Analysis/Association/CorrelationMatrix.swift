/// The ToolPak's Correlation and Covariance tools (toolpak.md §3.3–§3.4) with what EBPM teaching
/// adds: the test of no correlation (t = r√(n−2)/√((1−r)(1+r)), n − 2 df), n per pair, Spearman's ρ
/// (Pearson's r of midranks, p by the same t approximation as SciPy), and both covariances.
///
/// Each pair uses the rows where both values are present (pairwise deletion), so n can differ
/// between pairs; the ToolPak itself has no missing-value rule.
public struct CorrelationMatrix: Codable, Sendable, Equatable {
    /// One entry of the lower triangle, i > j (the diagonal is implicit: r = 1).
    public struct Pair: Codable, Sendable, Equatable {
        /// Row index into `names`.
        public let row: Int
        /// Column index into `names` (below the row).
        public let column: Int
        /// Complete pairs used.
        public let count: Int
        /// Pearson's r (Excel `CORREL`); nil when a column is constant over these rows.
        public let pearson: Double?
        /// Two-sided p of the test of no correlation; nil when r is nil or n < 3.
        public let pearsonPValue: Double?
        /// Spearman's ρ with midranks for ties.
        public let spearman: Double?
        /// Two-sided p of ρ by the t approximation (n − 2 df).
        public let spearmanPValue: Double?
        /// Σ(x−x̄)(y−ȳ)/n, the ToolPak's Covariance tool (Excel `COVARIANCE.P`).
        public let populationCovariance: Double?
        /// Σ(x−x̄)(y−ȳ)/(n−1) (Excel `COVARIANCE.S`).
        public let sampleCovariance: Double?
    }

    /// Variable names in input order.
    public let names: [String]
    /// The lower triangle, row by row: (1,0), (2,0), (2,1), …
    public let pairs: [Pair]
    /// Diagonal of the Covariance tool: Σ(x−x̄)²/n per variable (Excel `VAR.P`).
    public let populationVariances: [Double?]
    /// Diagonal of the sample covariance matrix (Excel `VAR.S`).
    public let sampleVariances: [Double?]
    /// Pairs with a perfect correlation, and pairs with a Spearman p-value from fewer than
    /// `exactSpearmanAdvisedBelow` values.
    public let notes: [AnalysisNote]

    /// Below this many pairs Spearman's t-approximate p-value is flagged as approximate: exact
    /// tables of ρ are the usual advice for n < 10.
    public static let exactSpearmanAdvisedBelow = 10

    /// The pair (i, j) in either order; nil for i == j or out of range.
    public func pair(_ i: Int, _ j: Int) -> Pair? {
        pairs.first { ($0.row, $0.column) == (max(i, j), min(i, j)) && i != j }
    }

    /// Computes every pair.
    /// - Throws: `AnalysisError.tooFewObservations` for fewer than 2 variables,
    ///   `.lengthMismatch` for columns of different lengths.
    public static func compute(_ variables: [Variable]) throws -> CorrelationMatrix {
        guard variables.count >= 2 else {
            throw AnalysisError.tooFewObservations(procedure: .correlationVariables, needed: 2, found: variables.count)
        }
        var pairs = [Pair]()
        var notes = [AnalysisNote]()
        for i in variables.indices {
            for j in 0..<i {
                let cases = try CompleteCases([variables[i], variables[j]])
                let pair = Pair(cases.columns[0], cases.columns[1], row: i, column: j)
                let subject = "\(variables[i].name) × \(variables[j].name)"
                if let r = pair.pearson, abs(r) == 1 { notes.append(AnalysisNote(subject: subject, reason: .perfectCorrelation)) }
                if pair.spearmanPValue != nil, pair.count < exactSpearmanAdvisedBelow {
                    notes.append(AnalysisNote(subject: subject, reason: .approximateSpearmanPValue(count: pair.count)))
                }
                pairs.append(pair)
            }
        }
        let diagonals = variables.map { PairedSums($0.presentValues, $0.presentValues) }
        return CorrelationMatrix(names: variables.map(\.name), pairs: pairs,
                                 populationVariances: diagonals.map(\.populationCovariance),
                                 sampleVariances: diagonals.map(\.sampleCovariance), notes: notes)
    }
}

extension CorrelationMatrix.Pair {
    init(_ x: [Double], _ y: [Double], row: Int, column: Int) {
        let sums = PairedSums(x, y)
        self.row = row
        self.column = column
        count = sums.count
        pearson = sums.pearson
        pearsonPValue = sums.pearson.flatMap { noCorrelationPValue($0, count: sums.count) }
        let ranked = PairedSums(midRanks(x), midRanks(y))
        spearman = ranked.pearson
        spearmanPValue = ranked.pearson.flatMap { noCorrelationPValue($0, count: sums.count) }
        populationCovariance = sums.populationCovariance
        sampleCovariance = sums.sampleCovariance
    }
}

/// p of t = r√((n−2)/((1−r)(1+r))) on n − 2 df, two-sided; 0 for |r| = 1, nil for n < 3.
func noCorrelationPValue(_ r: Double, count: Int) -> Double? {
    guard count >= 3, let distribution = try? StudentT(degreesOfFreedom: Double(count - 2)) else { return nil }
    if abs(r) == 1 { return 0 }
    let t = r * (Double(count - 2) / ((1 - r) * (1 + r))).squareRoot()
    return distribution.twoSidedPValue(t)
}
