import Analysis

/// `Analysis`'s descriptive statistics feed the ToolPak layout directly; an undefined statistic (nil
/// in the result) is shown as the error Excel shows there.
extension DescriptiveStatistics: DescriptiveFigures {
    public func value(of statistic: Labels.Descriptive) -> Double? {
        switch statistic {
        case .title: return nil
        case .mean: return mean
        case .standardError: return standardError
        case .median: return median
        case .mode: return mode
        case .standardDeviation: return standardDeviation
        case .sampleVariance: return variance
        case .kurtosis: return kurtosis
        case .skewness: return skewness
        case .range: return range
        case .minimum: return minimum
        case .maximum: return maximum
        case .sum: return sum
        case .count: return Double(count)
        }
    }

    public var largest: (k: Int, value: Double?)? { (k, kthLargest) }
    public var smallest: (k: Int, value: Double?)? { (k, kthSmallest) }
    public var confidence: (level: Double, halfWidth: Double?)? { (confidenceLevel, confidenceHalfWidth) }
}
