/// Back substitution and inversion for an upper-triangular double-double matrix (row-major).
enum UpperTriangular {
    /// Solves R z = b.
    static func solve(_ r: [[DoubleDouble]], _ b: [DoubleDouble]) -> [DoubleDouble] {
        let p = b.count
        var z = b
        for i in stride(from: p - 1, through: 0, by: -1) {
            var s = z[i]
            for j in (i + 1)..<p { s -= r[i][j] * z[j] }
            z[i] = s / r[i][i]
        }
        return z
    }

    /// R⁻¹ (upper triangular), column by column: R⁻¹ e_j by back substitution.
    static func inverse(_ r: [[DoubleDouble]]) -> [[DoubleDouble]] {
        let p = r.count
        var inv = Array(repeating: Array(repeating: DoubleDouble.zero, count: p), count: p)
        for j in 0..<p {
            inv[j][j] = DoubleDouble(1) / r[j][j]
            for i in stride(from: j - 1, through: 0, by: -1) {
                var s = DoubleDouble.zero
                for k in (i + 1)...j { s += r[i][k] * inv[k][j] }
                inv[i][j] = -s / r[i][i]
            }
        }
        return inv
    }
}
