/// Locale-independent number formatting and rounding, so generated text is the same everywhere.
enum NumberSpelling {
    /// `value` rounded half away from zero to `decimals` places; unchanged when `decimals` is nil.
    static func rounded(_ value: Double, decimals: Int?) -> Double {
        guard let decimals, value.isFinite else { return value }
        let scale = power10(decimals)
        return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// The shortest text that reads back as `value`, without a trailing `.0` for whole numbers.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)  // Swift's shortest round-trip digits, identical on every platform
    }

    /// `value` with exactly `decimals` decimals (rounded half away from zero): `0.380`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let rounded = rounded(value, decimals: decimals)
        let scale = power10(decimals)
        guard rounded.isFinite, abs(rounded) * scale < 1e15 else { return plain(rounded) }
        let units = Int((abs(rounded) * scale).rounded())
        let whole = units / Int(scale), fraction = units % Int(scale)
        let sign = rounded < 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        return sign + String(whole) + "." + zeroPadded(fraction, digits: decimals)
    }

    /// `value` with at least `digits` digits, zero-padded.
    static func zeroPadded(_ value: Int, digits: Int) -> String {
        let text = String(value.magnitude)
        let padded = String(repeating: "0", count: max(0, digits - text.count)) + text
        return value < 0 ? "-" + padded : padded
    }

    /// 10^exponent, exact for the small exponents used here.
    private static func power10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
