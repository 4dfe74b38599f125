/// Levene's test (centre = group mean, Levene 1960) and the Brown–Forsythe variant (centre = group
/// median, 1974) for equal variances: the one-way ANOVA F of zᵢⱼ = |yᵢⱼ − cᵢ| (numerics reference §8).
/// SciPy's `levene` and R's `car::leveneTest` default to the median, so the centre is always reported.
public struct LeveneTest: Codable, Sendable, Equatable {
    /// The centre subtracted within each group.
    public enum Center: String, Codable, Sendable {
        /// Group mean (Levene) or group median (Brown–Forsythe).
        case mean, median
    }

    /// The centre used (mean: Levene; median: Brown–Forsythe).
    public let center: Center
    /// The F statistic; nil when every |y − c| is equal within its group.
    public let f: Double?
    /// k − 1.
    public let numeratorDegreesOfFreedom: Int
    /// N − k.
    public let denominatorDegreesOfFreedom: Int
    /// P(F > f).
    public let pValue: Double?

    /// Runs the test (blanks skipped).
    /// - Throws: as `OneWayANOVA.compute`.
    public static func compute(_ groups: [Variable], center: Center) throws -> LeveneTest {
        let deviations = groups.map { group -> [Double] in
            let values = group.presentValues
            let sorted = values.sorted()
            let centre: DoubleDouble
            switch center {
            case .mean: centre = values.isEmpty ? .zero : DoubleDouble.sum(values) / Double(values.count)
            case .median: centre = DoubleDouble(Percentiles.median(sorted) ?? 0)
            }
            return values.map { (DoubleDouble($0) - centre).magnitude.value }
        }
        let anova = try OneWayANOVA.compute(names: groups.map(\.name), samples: deviations, alpha: 0.05)
        return LeveneTest(center: center, f: anova.between.f, numeratorDegreesOfFreedom: anova.between.degreesOfFreedom,
                          denominatorDegreesOfFreedom: anova.within.degreesOfFreedom, pValue: anova.between.pValue)
    }
}
