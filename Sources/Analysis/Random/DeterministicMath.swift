/// Natural logarithm, exponential and log-factorial built only from IEEE-754 `+ − × ÷` and
/// exact scaling by powers of two.
///
/// The platform `log`/`exp` (glibc, Apple libm, MSVC) may differ in the last bit, and one differing
/// bit in a rejection test changes every later draw. Seeded samplers therefore use these versions,
/// which round identically everywhere. Accuracy is a few ulps — plenty for sampling, not meant to
/// replace libm in the statistics.
enum DeterministicMath {
    // ln 2 split so that `k * ln2High` is exact for |k| < 2^11 (fdlibm's e_log.c constants).
    private static let ln2High = 6.93147180369123816490e-01
    private static let ln2Low = 1.90821492927058770002e-10

    /// ln(x) for finite x > 0, by the atanh series ln m = 2·atanh((m−1)/(m+1)) after reducing
    /// x = m·2^e with m in (√½, √2] (Cody & Waite's reduction, "Software Manual for the Elementary
    /// Functions", 1980, ch. 5). |s| ≤ 0.1716, so 13 series terms reach below 1e-18.
    /// Returns −∞ for 0 and NaN for negative or non-finite input.
    static func log(_ x: Double) -> Double {
        guard x.isFinite, x >= 0 else { return x == .infinity ? .infinity : .nan }
        guard x > 0 else { return -.infinity }
        var exponent = Int(x.exponent)
        var mantissa = x.significand  // in [1, 2), exact even for subnormal x
        if mantissa > 2.0.squareRoot() {
            mantissa /= 2
            exponent += 1
        }
        let s = (mantissa - 1) / (mantissa + 1)
        let z = s * s
        var series = 0.0
        for k in stride(from: 12, through: 0, by: -1) {
            series = series * z + 1 / Double(2 * k + 1)
        }
        let e = Double(exponent)
        return e * ln2High + (2 * s * series + e * ln2Low)
    }

    /// e^x by reduction x = k·ln 2 + r, |r| ≤ ½ln 2, and a degree-17 Taylor polynomial for e^r
    /// (truncation below 1e-19), then exact scaling by 2^k. Overflows to +∞, underflows to 0.
    static func exp(_ x: Double) -> Double {
        guard !x.isNaN else { return .nan }
        if x > 709.782712893384 { return .infinity }
        if x < -745.1332191019412 { return 0 }
        let k = (x / (ln2High + ln2Low)).rounded()
        let r = (x - k * ln2High) - k * ln2Low
        var polynomial = 1.0
        for n in stride(from: 17, through: 1, by: -1) {
            polynomial = 1 + polynomial * r / Double(n)
        }
        // Split the scaling so that 2^k never overflows on its own near the subnormal range.
        let half = Int(k) / 2
        return polynomial * Double(sign: .plus, exponent: half, significand: 1)
            * Double(sign: .plus, exponent: Int(k) - half, significand: 1)
    }

    /// ln(n!) for n ≥ 0: a direct sum of logarithms below 20, above that Stirling's series
    /// ln Γ(x) = (x−½)ln x − x + ½ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) with x = n+1
    /// (Abramowitz & Stegun 6.1.41); the first omitted term is below 2e-15 for x ≥ 21.
    static func logFactorial(_ n: Int) -> Double {
        guard n >= 20 else {
            var sum = 0.0
            for i in stride(from: 2, through: max(n, 1), by: 1) { sum += log(Double(i)) }
            return sum
        }
        let x = Double(n + 1)
        let inverse = 1 / x
        let inverseSquared = inverse * inverse
        let correction = inverse * (1.0 / 12 - inverseSquared * (1.0 / 360 - inverseSquared
            * (1.0 / 1260 - inverseSquared / 1680)))
        let halfLogTwoPi = 0.91893853320467274178
        return (x - 0.5) * log(x) - x + halfLogTwoPi + correction
    }
}
