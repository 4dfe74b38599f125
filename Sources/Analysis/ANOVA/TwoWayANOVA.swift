/// Anova: Two-Factor With Replication (toolpak.md §3.6), balanced design: a row levels ("Sample"),
/// b column levels, m ≥ 2 replicates per cell.
///
/// SSA = b·m·Σ(ȳᵢ·· − ȳ)², SSB = a·m·Σ(ȳ·ⱼ· − ȳ)², SSE = Σ cell DEVSQ, SST = DEVSQ(all),
/// SSAB = SST − SSA − SSB − SSE, all in double-double.
public struct TwoWayANOVA: Codable, Sendable, Equatable {
    /// Row-level names ("Sample" factor).
    public let rowNames: [String]
    /// Column-level names.
    public let columnNames: [String]
    /// SUMMARY per cell: `cells[row][column]`.
    public let cells: [[SampleSummary]]
    /// "Total" per row level (over all columns).
    public let rowTotals: [SampleSummary]
    /// "Total" per column level (over all rows).
    public let columnTotals: [SampleSummary]
    /// "Sample": the row factor, tested against "Within".
    public let rows: ANOVASource
    /// "Columns": the column factor.
    public let columns: ANOVASource
    /// "Interaction": SST − SSA − SSB − SSE.
    public let interaction: ANOVASource
    /// "Within": replicate error on ab(m−1) df.
    public let within: ANOVASource
    /// "Total" on abm − 1 df.
    public let total: ANOVASource
    /// The α of F crit.
    public let alpha: Double
    /// Why a figure is absent.
    public let notes: [AnalysisNote]

    /// Runs the analysis on `cells[row][column]`, each cell holding the m replicates.
    /// - Throws: `AnalysisError.tooFewObservations` for fewer than 2 levels or replicates,
    ///   `.lengthMismatch` when the design is not balanced (naming the cell), `.nonFiniteValue`,
    ///   `.invalidParameter` for α outside (0, 1).
    public static func compute(cells: [[[Double]]], rowNames: [String], columnNames: [String],
                               alpha: Double = 0.05) throws -> TwoWayANOVA {
        try validateAlpha(alpha)
        let a = cells.count, b = cells.first?.count ?? 0, m = cells.first?.first?.count ?? 0
        guard a >= 2, b >= 2 else {
            throw AnalysisError.tooFewObservations(procedure: .twoFactorLevels, needed: 2, found: min(a, b))
        }
        guard m >= 2 else {
            throw AnalysisError.tooFewObservations(procedure: .twoFactorRowsPerSample,
                                                   needed: 2, found: m)
        }
        guard rowNames.count == a else {
            throw AnalysisError.lengthMismatch(variable: "row names", expected: a, found: rowNames.count)
        }
        guard columnNames.count == b else {
            throw AnalysisError.lengthMismatch(variable: "column names", expected: b, found: columnNames.count)
        }
        for (i, row) in cells.enumerated() {
            guard row.count == b else {
                throw AnalysisError.lengthMismatch(variable: "row \(rowNames[i])", expected: b, found: row.count)
            }
            for (j, cell) in row.enumerated() {
                guard cell.count == m else {
                    throw AnalysisError.lengthMismatch(variable: "cell \(rowNames[i]) × \(columnNames[j])",
                                                       expected: m, found: cell.count)
                }
                if let bad = cell.firstIndex(where: { !$0.isFinite }) {
                    throw AnalysisError.nonFiniteValue(variable: "cell \(rowNames[i]) × \(columnNames[j])", index: bad)
                }
            }
        }
        return TwoWayANOVA(cells: cells, rowNames: rowNames, columnNames: columnNames, alpha: alpha)
    }

    private init(cells data: [[[Double]]], rowNames: [String], columnNames: [String], alpha: Double) {
        let a = data.count, b = data[0].count, m = data[0][0].count
        let rowSamples = data.map { $0.flatMap { $0 } }
        let columnSamples = (0..<b).map { j in data.flatMap { $0[j] } }
        let all = CentralSums(rowSamples.flatMap { $0 })
        let ssa = ssOfMeans(rowSamples, grandMean: all.mean)
        let ssb = ssOfMeans(columnSamples, grandMean: all.mean)
        let sse = data.flatMap { $0 }.reduce(DoubleDouble.zero) { $0 + CentralSums($1).squares }
        let ssab = all.squares - ssa - ssb - sse
        let dfError = a * b * (m - 1)
        self.rowNames = rowNames
        self.columnNames = columnNames
        cells = data.enumerated().map { i, row in
            row.enumerated().map { j, cell in SampleSummary(name: "\(rowNames[i]) × \(columnNames[j])", values: cell) }
        }
        rowTotals = zip(rowNames, rowSamples).map { SampleSummary(name: $0, values: $1) }
        columnTotals = zip(columnNames, columnSamples).map { SampleSummary(name: $0, values: $1) }
        rows = ANOVASource(name: "Sample", sumOfSquares: ssa, degreesOfFreedom: a - 1,
                           error: sse, errorDegreesOfFreedom: dfError, alpha: alpha)
        columns = ANOVASource(name: "Columns", sumOfSquares: ssb, degreesOfFreedom: b - 1,
                              error: sse, errorDegreesOfFreedom: dfError, alpha: alpha)
        interaction = ANOVASource(name: "Interaction", sumOfSquares: ssab, degreesOfFreedom: (a - 1) * (b - 1),
                                  error: sse, errorDegreesOfFreedom: dfError, alpha: alpha)
        within = ANOVASource(name: "Within", sumOfSquares: sse, degreesOfFreedom: dfError)
        total = ANOVASource(name: "Total", sumOfSquares: all.squares, degreesOfFreedom: a * b * m - 1)
        self.alpha = alpha
        notes = sse.hi > 0 ? [] : [AnalysisNote(subject: "F", reason: .zeroErrorVariance)]
    }
}

/// Σ nᵢ(x̄ᵢ − x̄)² over the given samples, in double-double.
func ssOfMeans(_ samples: [[Double]], grandMean: DoubleDouble) -> DoubleDouble {
    samples.reduce(DoubleDouble.zero) { sum, sample in
        let d = DoubleDouble.sum(sample) / Double(sample.count) - grandMean
        return sum + d * d * Double(sample.count)
    }
}
