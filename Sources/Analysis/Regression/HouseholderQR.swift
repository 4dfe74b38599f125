/// Householder QR of [X | y] in double-double with limited column pivoting and a rank test
/// (numerics reference §3.2 and §3.4; R's `dqrdc2`).
///
/// A column whose remaining norm |R_kk| falls to τ·‖x_k‖ or below (τ = 1e-12) is declared aliased
/// and moved to the end; all other columns keep the caller's order. In double-double, exact
/// collinearity of double data leaves ratios near 1e-32 (or 4e-17 for a rounded sum), while
/// Filip's genuine x¹⁰ sits at 5.2e-8, so the threshold separates the two by decades. Norms are
/// recomputed at every step (never downdated). Reflections use α = −sign(x₀)‖x‖, so α·v₀ never
/// cancels.
struct HouseholderQR {
    /// Relative size below which a column is aliased.
    static let aliasTolerance = 1e-12

    /// Indices of the estimable columns in pivot order; `R` and `qty` are in this order.
    let pivots: [Int]
    /// Indices of the aliased columns, in the order they were found.
    let aliased: [Int]
    /// Upper-triangular R, row-major over the pivots: r[i][j] for j ≥ i.
    let r: [[DoubleDouble]]
    /// For each aliased column, its transformed entries in the first `pivots.count` rows.
    let aliasedColumns: [[DoubleDouble]]
    /// The first `pivots.count` entries of Qᵀy.
    let qty: [DoubleDouble]

    init(columns x: [[DoubleDouble]], response y: [DoubleDouble]) {
        let n = y.count
        var a = x
        var b = y
        let originalNorms = x.map { column in column.reduce(DoubleDouble.zero) { $0 + $1 * $1 }.squareRoot() }
        var remaining = Array(x.indices)
        var pivots = [Int]()
        var aliased = [Int]()
        var row = 0
        while let c = remaining.first, row < n {
            remaining.removeFirst()
            var normSquared = DoubleDouble.zero
            for i in row..<n { normSquared += a[c][i] * a[c][i] }
            let norm = normSquared.squareRoot()
            if !(originalNorms[c].hi > 0) || !(norm.hi > Self.aliasTolerance * originalNorms[c].hi) {
                aliased.append(c)
                continue
            }
            let alpha = a[c][row].hi >= 0 ? -norm : norm
            var v = Array(a[c][row..<n])
            v[0] = v[0] - alpha
            let scale = alpha * v[0]  // = −vᵀv/2, strictly negative
            func reflect(_ z: inout [DoubleDouble]) {
                var dot = DoubleDouble.zero
                for i in 0..<v.count { dot += v[i] * z[row + i] }
                let factor = dot / scale
                for i in 0..<v.count { z[row + i] += v[i] * factor }
            }
            a[c][row] = alpha
            for i in (row + 1)..<n { a[c][i] = .zero }
            for other in remaining { reflect(&a[other]) }
            for other in aliased { reflect(&a[other]) }
            reflect(&b)
            pivots.append(c)
            row += 1
        }
        aliased.append(contentsOf: remaining)
        let rank = pivots.count
        self.pivots = pivots
        self.aliased = aliased
        r = (0..<rank).map { i in (0..<rank).map { j in j >= i ? a[pivots[j]][i] : .zero } }
        aliasedColumns = aliased.map { Array(a[$0][0..<rank]) }
        qty = Array(b[0..<rank])
    }
}
