/// Adaptive Gauss–Kronrod quadrature (7-point Gauss, 15-point Kronrod; Piessens et al.,
/// QUADPACK, 1983): an interval is accepted when |K15 − G7| is below `relativeTolerance` times
/// its own K15 estimate (or an absolute floor), otherwise bisected. For a non-negative
/// integrand, a local relative criterion bounds the relative error of the total.
enum GaussKronrod {
    private static let nodes: [Double] = [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0,
    ]
    private static let kronrodWeights: [Double] = [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ]
    /// Gauss weights for the odd-indexed nodes (1, 3, 5, 7 above).
    private static let gaussWeights: [Double] = [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ]

    /// ∫ f over [points.first, points.last], split at the given points. The first K15 estimate of
    /// all panels sets an absolute floor (1e-3 × relativeTolerance × |estimate|), so panels where f
    /// has underflowed to rounding noise are not bisected without end.
    static func integrate(over points: [Double], relativeTolerance: Double = 1e-13,
                          _ f: (Double) -> Double) -> Double {
        let panels = zip(points, points.dropFirst()).filter { $0.1 > $0.0 }
        let coarse = panels.map { rule($0.0, $0.1, f) }
        let scale = coarse.reduce(0) { $0 + abs($1.0) }
        let floor = max(1e-300, 1e-3 * relativeTolerance * scale)
        return zip(panels, coarse).reduce(0) { sum, item in
            sum + refine(item.0.0, item.0.1, estimate: item.1, relativeTolerance: relativeTolerance,
                         absoluteTolerance: floor, depth: 40, f)
        }
    }

    private static func refine(_ a: Double, _ b: Double, estimate: (Double, Double), relativeTolerance: Double,
                               absoluteTolerance: Double, depth: Int, _ f: (Double) -> Double) -> Double {
        let (kronrod, gauss) = estimate
        let error = abs(kronrod - gauss)
        if depth == 0 || error <= max(absoluteTolerance, relativeTolerance * abs(kronrod)) || !error.isFinite {
            return kronrod
        }
        let mid = 0.5 * (a + b)
        return refine(a, mid, estimate: rule(a, mid, f), relativeTolerance: relativeTolerance,
                      absoluteTolerance: absoluteTolerance, depth: depth - 1, f)
            + refine(mid, b, estimate: rule(mid, b, f), relativeTolerance: relativeTolerance,
                     absoluteTolerance: absoluteTolerance, depth: depth - 1, f)
    }

    /// The K15 and G7 estimates on [a, b].
    private static func rule(_ a: Double, _ b: Double, _ f: (Double) -> Double) -> (Double, Double) {
        let center = 0.5 * (a + b), half = 0.5 * (b - a)
        let fc = f(center)
        var kronrod = kronrodWeights[7] * fc
        var gauss = gaussWeights[3] * fc
        for i in 0..<7 {
            let sum = f(center - half * nodes[i]) + f(center + half * nodes[i])
            kronrod += kronrodWeights[i] * sum
            if i % 2 == 1 { gauss += gaussWeights[i / 2] * sum }
        }
        return (kronrod * half, gauss * half)
    }
}
