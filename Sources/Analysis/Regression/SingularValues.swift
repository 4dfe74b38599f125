/// Singular values of a small dense matrix by one-sided Jacobi rotations (Hestenes 1958;
/// Demmel & Veselić 1992, which also shows the method's high relative accuracy for graded
/// matrices such as a scaled R factor).
enum SingularValues {
    /// Singular values of the matrix given by its columns, in descending order.
    static func of(columns input: [[Double]]) -> [Double] {
        var a = input
        let p = a.count
        guard p > 1 else { return a.map { norm($0) } }
        for _ in 0..<60 {
            var rotated = false
            for i in 0..<(p - 1) {
                for j in (i + 1)..<p {
                    let alpha = dot(a[i], a[i]), beta = dot(a[j], a[j]), gamma = dot(a[i], a[j])
                    guard abs(gamma) > 1e-17 * (alpha * beta).squareRoot() else { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1 : -1) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot()
                    let s = c * t
                    for k in a[i].indices {
                        let u = a[i][k], w = a[j][k]
                        a[i][k] = c * u - s * w
                        a[j][k] = s * u + c * w
                    }
                }
            }
            if !rotated { break }
        }
        return a.map { norm($0) }.sorted(by: >)
    }

    private static func dot(_ u: [Double], _ v: [Double]) -> Double {
        zip(u, v).reduce(0) { $0 + $1.0 * $1.1 }
    }

    private static func norm(_ u: [Double]) -> Double { dot(u, u).squareRoot() }
}
