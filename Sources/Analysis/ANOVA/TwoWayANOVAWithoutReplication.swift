/// Anova: Two-Factor Without Replication (toolpak.md §3.7; randomized blocks): one value per
/// row × column, SSR = c·Σ(ȳᵢ· − ȳ)², SSC = r·Σ(ȳ·ⱼ − ȳ)², SSE = SST − SSR − SSC (double-double).
public struct TwoWayANOVAWithoutReplication: Codable, Sendable, Equatable {
    /// SUMMARY per row.
    public let rowSummaries: [SampleSummary]
    /// SUMMARY per column.
    public let columnSummaries: [SampleSummary]
    /// "Rows": the row factor, tested against "Error".
    public let rows: ANOVASource
    /// "Columns": the column factor.
    public let columns: ANOVASource
    /// "Error": SST − SSR − SSC on (r−1)(c−1) df.
    public let error: ANOVASource
    /// "Total" on rc − 1 df.
    public let total: ANOVASource
    /// The α of F crit.
    public let alpha: Double
    /// Why a figure is absent.
    public let notes: [AnalysisNote]

    /// Runs the analysis on `grid[row][column]`.
    /// - Throws: `AnalysisError.tooFewObservations` for fewer than 2 rows or columns,
    ///   `.lengthMismatch` for ragged rows or names, `.nonFiniteValue` for a blank (NaN) or
    ///   infinite cell, `.invalidParameter` for α outside (0, 1).
    public static func compute(grid: [[Double]], rowNames: [String], columnNames: [String],
                               alpha: Double = 0.05) throws -> TwoWayANOVAWithoutReplication {
        try validateAlpha(alpha)
        let r = grid.count, c = grid.first?.count ?? 0
        guard r >= 2, c >= 2 else {
            throw AnalysisError.tooFewObservations(procedure: .twoFactorWithoutReplicationLevels,
                                                   needed: 2, found: min(r, c))
        }
        guard rowNames.count == r else {
            throw AnalysisError.lengthMismatch(variable: "row names", expected: r, found: rowNames.count)
        }
        guard columnNames.count == c else {
            throw AnalysisError.lengthMismatch(variable: "column names", expected: c, found: columnNames.count)
        }
        for (i, row) in grid.enumerated() {
            guard row.count == c else {
                throw AnalysisError.lengthMismatch(variable: "row \(rowNames[i])", expected: c, found: row.count)
            }
            if let bad = row.firstIndex(where: { !$0.isFinite }) {
                throw AnalysisError.nonFiniteValue(variable: "row \(rowNames[i])", index: bad)
            }
        }
        return TwoWayANOVAWithoutReplication(grid: grid, rowNames: rowNames, columnNames: columnNames, alpha: alpha)
    }

    private init(grid: [[Double]], rowNames: [String], columnNames: [String], alpha: Double) {
        let r = grid.count, c = grid[0].count
        let columnSamples = (0..<c).map { j in grid.map { $0[j] } }
        let all = CentralSums(grid.flatMap { $0 })
        let ssr = ssOfMeans(grid, grandMean: all.mean)
        let ssc = ssOfMeans(columnSamples, grandMean: all.mean)
        let sse = all.squares - ssr - ssc
        let dfError = (r - 1) * (c - 1)
        rowSummaries = zip(rowNames, grid).map { SampleSummary(name: $0, values: $1) }
        columnSummaries = zip(columnNames, columnSamples).map { SampleSummary(name: $0, values: $1) }
        rows = ANOVASource(name: "Rows", sumOfSquares: ssr, degreesOfFreedom: r - 1,
                           error: sse, errorDegreesOfFreedom: dfError, alpha: alpha)
        columns = ANOVASource(name: "Columns", sumOfSquares: ssc, degreesOfFreedom: c - 1,
                              error: sse, errorDegreesOfFreedom: dfError, alpha: alpha)
        error = ANOVASource(name: "Error", sumOfSquares: sse, degreesOfFreedom: dfError)
        total = ANOVASource(name: "Total", sumOfSquares: all.squares, degreesOfFreedom: r * c - 1)
        self.alpha = alpha
        notes = sse.hi > 0 ? [] : [AnalysisNote(subject: "F", reason: .zeroErrorVariance)]
    }
}
