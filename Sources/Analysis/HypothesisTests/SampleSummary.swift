/// Count, sum, mean and sample variance of one sample, as the ToolPak's test tools print them.
public struct SampleSummary: Codable, Sendable, Equatable {
    /// The sample's label (header text or "Variable 1").
    public let name: String
    /// Number of values used (Excel `COUNT`).
    public let count: Int
    /// Σx (Excel `SUM`).
    public let sum: Double
    /// x̄ (Excel `AVERAGE`).
    public let mean: Double
    /// s² with divisor n − 1 (Excel `VAR.S`); nil when n < 2.
    public let variance: Double?

    /// Summarises finite values with double-double two-pass sums (numerics reference §2).
    init(name: String, values: [Double]) {
        let sums = CentralSums(values)
        self.name = name
        count = values.count
        sum = sums.sum.value
        mean = sums.mean.value
        variance = values.count > 1 ? (sums.squares / Double(values.count - 1)).value : nil
    }
}

extension Variable {
    /// The finite values in sheet order; blanks, text and non-finite numbers are skipped as the
    /// ToolPak's worksheet functions skip them.
    var presentValues: [Double] { values.compactMap { $0 }.filter(\.isFinite) }
}

/// Checks a significance level given to a tool.
func validateAlpha(_ alpha: Double) throws {
    guard alpha > 0, alpha < 1 else {
        throw AnalysisError.invalidParameter(name: "alpha", value: alpha, requirement: .probability)
    }
}
