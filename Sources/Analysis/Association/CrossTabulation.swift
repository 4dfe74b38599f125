/// Cross tabulation of two categorical columns with the chi-square test of independence
/// (what a PivotTable plus `CHISQ.TEST` gives; toolpak.md §6): observed and expected counts,
/// Pearson residuals (o−e)/√e, adjusted residuals (o−e)/√(e(1−rᵢ/N)(1−cⱼ/N)) (Haberman 1973),
/// χ² without continuity correction, Cramér's V, a note when expected counts fall below 5, and
/// Fisher's exact test for 2×2 tables.
public struct CrossTabulation: Codable, Sendable, Equatable {
    /// Row category labels (when built from data: the preferred order, then first appearance; `LevelOrder`).
    public let rowLabels: [String]
    /// Column category labels.
    public let columnLabels: [String]
    /// `observed[row][column]`.
    public let observed: [[Int]]
    /// Row sums rᵢ.
    public let rowTotals: [Int]
    /// Column sums cⱼ.
    public let columnTotals: [Int]
    /// N.
    public let total: Int
    /// rᵢcⱼ/N.
    public let expected: [[Double]]
    /// (o − e)/√e.
    public let pearsonResiduals: [[Double]]
    /// (o − e)/√(e(1 − rᵢ/N)(1 − cⱼ/N)), approximately N(0, 1) under independence.
    public let adjustedResiduals: [[Double]]
    /// Σ(o − e)²/e.
    public let chiSquare: Double
    /// (r − 1)(c − 1).
    public let degreesOfFreedom: Int
    /// P(χ² > chiSquare) (Excel `CHISQ.TEST`).
    public let pValue: Double
    /// √(χ²/(N·(min(r, c) − 1))).
    public let cramersV: Double
    /// Number of cells with an expected count below 5.
    public let cellsWithExpectedBelowFive: Int
    /// Fisher's exact test when the table is 2×2.
    public let fisher: FisherExactTest?
    /// Rows left out because one of the two values is blank.
    public let droppedRows: [Int]
    /// Warnings, such as expected counts below 5.
    public let notes: [AnalysisNote]

    /// Tabulates two columns of category labels (nil = blank, left out pairwise).
    /// - Parameters:
    ///   - rowOrder, columnOrder: levels to list first, in this order (`LevelOrder`); the rest follow in
    ///     order of first appearance.
    /// - Throws: `AnalysisError.lengthMismatch`, `.tooFewObservations` when fewer than 2 categories
    ///   remain on either side.
    public static func tabulate(rows: [String?], columns: [String?], rowOrder: [String] = [],
                                columnOrder: [String] = []) throws -> CrossTabulation {
        guard rows.count == columns.count else {
            throw AnalysisError.lengthMismatch(variable: "column categories", expected: rows.count, found: columns.count)
        }
        var rowLabels = [String](), columnLabels = [String]()
        var rowIndex = [String: Int](), columnIndex = [String: Int]()
        var pairs = [(Int, Int)]()
        var dropped = [Int]()
        for (position, (r, c)) in zip(rows, columns).enumerated() {
            guard let r, let c else {
                dropped.append(position)
                continue
            }
            let i = rowIndex[r] ?? { rowLabels.append(r); rowIndex[r] = rowLabels.count - 1; return rowLabels.count - 1 }()
            let j = columnIndex[c] ?? {
                columnLabels.append(c); columnIndex[c] = columnLabels.count - 1; return columnLabels.count - 1
            }()
            pairs.append((i, j))
        }
        var counts = Array(repeating: Array(repeating: 0, count: columnLabels.count), count: rowLabels.count)
        for (i, j) in pairs { counts[i][j] += 1 }
        let (rowsInOrder, columnsInOrder) = (LevelOrder.arrange(rowLabels, preferring: rowOrder),
                                             LevelOrder.arrange(columnLabels, preferring: columnOrder))
        let ordered = rowsInOrder.map { r in columnsInOrder.map { c in counts[rowIndex[r]!][columnIndex[c]!] } }
        return try CrossTabulation(counts: ordered, rowLabels: rowsInOrder, columnLabels: columnsInOrder, droppedRows: dropped)
    }

    /// Analyses a table of counts given directly.
    /// - Throws: `AnalysisError.tooFewObservations` for fewer than 2 rows or columns,
    ///   `.lengthMismatch` for ragged rows or label counts, `.invalidParameter` for a negative count
    ///   or a row or column whose total is 0.
    public init(counts: [[Int]], rowLabels: [String], columnLabels: [String]) throws {
        try self.init(counts: counts, rowLabels: rowLabels, columnLabels: columnLabels, droppedRows: [])
    }

    private init(counts: [[Int]], rowLabels: [String], columnLabels: [String], droppedRows: [Int]) throws {
        let r = counts.count, c = counts.first?.count ?? 0
        guard r >= 2, c >= 2 else {
            throw AnalysisError.tooFewObservations(procedure: .crossTabulationCategories, needed: 2, found: min(r, c))
        }
        guard rowLabels.count == r else {
            throw AnalysisError.lengthMismatch(variable: "row labels", expected: r, found: rowLabels.count)
        }
        guard columnLabels.count == c else {
            throw AnalysisError.lengthMismatch(variable: "column labels", expected: c, found: columnLabels.count)
        }
        for (i, row) in counts.enumerated() {
            guard row.count == c else {
                throw AnalysisError.lengthMismatch(variable: "row \(rowLabels[i])", expected: c, found: row.count)
            }
            if let negative = row.first(where: { $0 < 0 }) {
                throw AnalysisError.invalidParameter(name: "count in row \(rowLabels[i])", value: Double(negative),
                                                     requirement: .atLeast(0))
            }
        }
        let rowTotals = counts.map { $0.reduce(0, +) }
        let columnTotals = (0..<c).map { j in counts.reduce(0) { $0 + $1[j] } }
        for (label, sum) in zip(rowLabels + columnLabels, rowTotals + columnTotals) where sum == 0 {
            throw AnalysisError.invalidParameter(name: "total of \(label)", value: 0, requirement: .atLeast(1))
        }
        let n = Double(rowTotals.reduce(0, +))
        var expected = [[Double]](), pearson = [[Double]](), adjusted = [[Double]]()
        var chiSquare = DoubleDouble.zero
        for i in 0..<r {
            let ri = Double(rowTotals[i])
            var e = [Double](), p = [Double](), a = [Double]()
            for j in 0..<c {
                let cj = Double(columnTotals[j])
                let eij = ri * cj / n
                let deviation = Double(counts[i][j]) - eij
                e.append(eij)
                p.append(deviation / eij.squareRoot())
                a.append(deviation / (eij * (1 - ri / n) * (1 - cj / n)).squareRoot())
                chiSquare += DoubleDouble.product(deviation, deviation) / eij
            }
            expected.append(e)
            pearson.append(p)
            adjusted.append(a)
        }
        let df = (r - 1) * (c - 1)
        let statistic = chiSquare.value
        let below = expected.joined().filter { $0 < 5 }
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        observed = counts
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        total = Int(n)
        self.expected = expected
        pearsonResiduals = pearson
        adjustedResiduals = adjusted
        self.chiSquare = statistic
        degreesOfFreedom = df
        pValue = try ChiSquared(degreesOfFreedom: Double(df)).sf(statistic)
        cramersV = (statistic / (n * Double(min(r, c) - 1))).squareRoot()
        cellsWithExpectedBelowFive = below.count
        fisher = r == 2 && c == 2 ? try FisherExactTest.compute(counts) : nil
        self.droppedRows = droppedRows
        notes = below.isEmpty ? [] : [AnalysisNote(subject: "expected counts",
                                                   reason: .expectedCountBelowFive(cells: below.count,
                                                                                   smallest: below.min() ?? 0))]
    }
}
