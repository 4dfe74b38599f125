import Foundation

extension SpecialFunctions {
    /// I_x(a, b) for a ≥ 100, b ≤ 1000 and x ≥ 0.3, written in terms of y = 1 − x.
    ///
    /// The continued fraction needs x itself, and when x ≈ 1 its rounding (relative to 1, not to
    /// y) is amplified: 1.6e-10 for the t tail at ν = 1e7, t = 2.5, and 2e-12 for F(200, 1e6) at
    /// f = 1.77. Here b is first
    /// reduced to b₀ ∈ (0, 1] by the upward recurrence I_x(a, b+1) = I_x(a, b) + xᵃyᵇ/(b·B(a, b))
    /// (all terms positive), then I_x(a, b₀) comes from DiDonato & Morris' asymptotic expansion
    /// BGRAT (TOMS 708, eqs. 9–9.6, as in Boost's `beta_small_b_large_a_series`), which uses
    /// ln x = log1p(−y). The recurrence costs b evaluations of the prefix, hence the cap on b.
    static func regularizedBetaLargeA(_ a: Double, _ b: Double, x: Double, y: Double) -> Double {
        let steps = max(0, Int((b - 1).rounded(.up)))
        let b0 = b - Double(steps)
        var sum = asymptoticSmallB(a, b0, x: x, y: y)
        for k in 0..<steps {
            let bk = b0 + Double(k)
            sum += betaPrefix(a, bk, x: x, y: y) / bk
        }
        return sum
    }

    /// ln(Γ(a + b)/Γ(a)) for a ≥ 1 by Stirling's form, free of the cancellation of two large lgammas.
    static func logGammaRatio(_ a: Double, plus b: Double) -> Double {
        (a - 0.5) * log1p(b / a) + b * log(a + b) - b
            + stirlingCorrection(a + b) - stirlingCorrection(a)
    }

    private static let factorials: [Double] = {
        var table = [1.0]
        for n in 1...61 { table.append(table[n - 1] * Double(n)) }
        return table
    }()

    /// BGRAT for 0 < b ≤ 1 and large a: I_x(a,b) ≈ M Σ pₙ Jₙ with T = a + (b−1)/2, u = −T ln x.
    private static func asymptoticSmallB(_ a: Double, _ b: Double, x: Double, y: Double) -> Double {
        let t = a + (b - 1) / 2
        let lx = y < 0.35 ? log1p(-y) : log(x)
        let u = -t * lx
        let h = gammaPrefix(b, u)
        guard h > 0 else { return 0 }
        let prefix = h * exp(logGammaRatio(a, plus: b) - b * log(t))
        var p = [1.0]
        var j = regularizedGamma(b, u).q / h
        var sum = prefix * j
        let halfLogSquared = (lx / 2) * (lx / 2)
        var logPower = 1.0
        let fourTSquared = 4 * t * t
        var b2n = b
        for n in 1..<30 {
            var pn = 0.0
            for m in 1..<n {
                pn += (Double(m) * b - Double(n)) * p[n - m] / factorials[2 * m + 1]
            }
            pn = pn / Double(n) + (b - 1) / factorials[2 * n + 1]
            p.append(pn)
            j = (b2n * (b2n + 1) * j + (u + b2n + 1) * logPower) / fourTSquared
            logPower *= halfLogSquared
            b2n += 2
            let term = prefix * pn * j
            sum += term
            if abs(term) <= abs(sum) * 1e-17 { break }
        }
        return sum
    }
}
