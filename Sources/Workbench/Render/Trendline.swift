/// The least-squares polynomial a spreadsheet chart's trendline draws through a series (order 1: the linear
/// trendline), computed from the same points the chart plots.
enum Trendline {
    /// The fitted curve as a function of x, or nil when the points do not determine it.
    static func curve(x: [Double], y: [Double], order: Int, throughOrigin: Bool) -> ((Double) -> Double)? {
        // x scaled into [-1, 1] (scaling keeps the origin where it is) so that order 6 on values near 1,000
        // leaves the normal equations solvable in doubles.
        let scale = x.map { abs($0) }.max() ?? 1
        guard scale > 0, let coefficients = fit(x: x.map { $0 / scale }, y: y, order: order, throughOrigin: throughOrigin)
        else { return nil }
        return { value(coefficients, at: $0 / scale) }
    }

    /// Coefficients c0…cK of c0 + c1 x + … + cK x^K, or nil when the points do not determine them.
    static func fit(x: [Double], y: [Double], order: Int, throughOrigin: Bool) -> [Double]? {
        let powers = throughOrigin ? Array(1...order) : Array(0...order)
        let size = powers.count
        guard x.count > size else { return nil }
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: size + 1), count: size)
        for (xi, yi) in zip(x, y) {
            let terms = powers.map { pow(xi, $0) }
            for row in 0..<size {
                for column in 0..<size { matrix[row][column] += terms[row] * terms[column] }
                matrix[row][size] += terms[row] * yi
            }
        }
        guard let solution = solve(matrix) else { return nil }
        var coefficients = [Double](repeating: 0, count: order + 1)
        for (index, power) in powers.enumerated() { coefficients[power] = solution[index] }
        return coefficients
    }

    static func value(_ coefficients: [Double], at x: Double) -> Double {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }

    private static func pow(_ base: Double, _ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { product, _ in product * base }
    }

    /// Gaussian elimination with partial pivoting on an augmented matrix.
    private static func solve(_ augmented: [[Double]]) -> [Double]? {
        var a = augmented
        let n = a.count
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                  abs(a[pivot][column]) > 1e-300 else { return nil }
            a.swapAt(column, pivot)
            for row in 0..<n where row != column {
                let factor = a[row][column] / a[column][column]
                if factor == 0 { continue }
                for k in column...n { a[row][k] -= factor * a[column][k] }
            }
        }
        return (0..<n).map { a[$0][n] / a[$0][$0] }
    }
}

private func abs(_ value: Double) -> Double { value < 0 ? -value : value }
