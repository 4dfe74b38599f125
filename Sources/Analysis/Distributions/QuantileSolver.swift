import Foundation

/// Inverts a monotone tail probability on (0, ∞) (numerics reference §5.5).
///
/// Method: bracket the root from a distribution-specific start by multiplying or dividing by a
/// factor that squares at each step (so even 1e-300 tails are bracketed in ~10 steps), then
/// Newton's method on log tail(x) − log p, which is nearly linear in the far tails; a step that
/// leaves the bracket is replaced by a geometric bisection. Stops when a step changes x by at
/// most 4u relative. The result is as accurate as the tail function allows: the relative error
/// of x is the tail's relative error times κ = |p / (x · density(x))|.
enum QuantileSolver {
    /// Which tail `tail` computes: the lower tail grows with x, the upper tail falls.
    enum Tail {
        case lower, upper
    }

    static func solve(probability p: Double, tail kind: Tail, start: Double,
                      tail: (Double) -> Double, density: (Double) -> Double) -> Double {
        if p.isNaN || p < 0 || p > 1 { return .nan }
        if p == 0 { return kind == .lower ? 0 : .infinity }
        if p == 1 { return kind == .lower ? .infinity : 0 }
        let logTarget = log(p)
        let direction = kind == .lower ? 1.0 : -1.0
        // Increasing in x for both kinds; zero at the root.
        func signedMisfit(_ x: Double) -> Double { direction * (log(tail(x)) - logTarget) }

        var lo = 0.0
        var hi = Double.infinity
        var x = start.isFinite && start > 0 ? start : 1
        var factor = 2.0
        while !(lo > 0 && hi.isFinite) {
            let misfit = signedMisfit(x)
            if misfit == 0 { return x }
            if misfit < 0 {
                if x == .greatestFiniteMagnitude { return .infinity }
                lo = x
                x = min(x * factor, .greatestFiniteMagnitude)
            } else {
                if x == .leastNonzeroMagnitude { return 0 }
                hi = x
                x = max(x / factor, .leastNonzeroMagnitude)
            }
            factor = min(factor * factor, 1e16)
        }
        x = geometricMean(lo, hi)
        for _ in 0..<200 {
            let t = tail(x)
            let misfit = direction * (log(t) - logTarget)
            if misfit == 0 { return x }
            if misfit < 0 { lo = x } else { hi = x }
            let slope = density(x) / t
            var next = x - misfit / slope
            if !(next > lo && next < hi) { next = geometricMean(lo, hi) }
            if abs(next - x) <= 4 * Double.ulpOfOne * x || hi - lo <= 4 * Double.ulpOfOne * lo {
                return next
            }
            x = next
        }
        return x
    }

    /// √(lo·hi) without the underflow or overflow of the product.
    private static func geometricMean(_ lo: Double, _ hi: Double) -> Double {
        lo.squareRoot() * hi.squareRoot()
    }
}
