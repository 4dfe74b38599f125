/// Excel's order statistics on ascending data (numerics reference §12).
public enum Percentiles {
    /// `PERCENTILE.INC`: h = p·(n−1) (0-based) and linear interpolation; nil for p outside [0, 1]
    /// or empty data. `QUARTILE.INC(r, q)` is `inclusive(sorted, q/4)`.
    public static func inclusive(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty, p >= 0, p <= 1 else { return nil }
        return interpolate(sorted, position: snapped(p * Double(sorted.count - 1)))
    }

    /// `PERCENTILE.EXC`: h = p·(n+1) (1-based); nil unless 1 ≤ h ≤ n. `QUARTILE.EXC(r, q)` is
    /// `exclusive(sorted, q/4)`.
    public static func exclusive(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty, p > 0, p < 1 else { return nil }
        let h = snapped(p * Double(sorted.count + 1))
        guard h >= 1, h <= Double(sorted.count) else { return nil }
        return interpolate(sorted, position: h - 1)
    }

    /// `MEDIAN`: the middle value, or the mean of the two middle values (rounded once).
    public static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let n = sorted.count
        if n % 2 == 1 { return sorted[n / 2] }
        return ((DoubleDouble(sorted[n / 2 - 1]) + sorted[n / 2]) * 0.5).value
    }

    /// A decimal p such as 0.57 is not representable, so p·(n−1) can land a hair below an integer;
    /// snapping within 1e-14 relative returns the data point exactly (LibreOffice `approxFloor`).
    private static func snapped(_ h: Double) -> Double {
        let nearest = h.rounded()
        return abs(h - nearest) <= 1e-14 * max(1, abs(h)) ? nearest : h
    }

    private static func interpolate(_ sorted: [Double], position h: Double) -> Double {
        let k = Int(h.rounded(.down))
        let fraction = h - Double(k)
        guard fraction > 0, k + 1 < sorted.count else { return sorted[k] }
        return sorted[k] + fraction * (sorted[k + 1] - sorted[k])
    }
}
