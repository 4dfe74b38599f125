/// One sample of a rank test: its size and median, and the sum and mean of its ranks in the combined data.
public struct RankSample: Codable, Sendable, Equatable {
    /// The sample's label (header text or group name).
    public let name: String
    /// Number of values (Excel `COUNT`).
    public let count: Int
    /// `MEDIAN` of its values.
    public let median: Double
    /// Sum of its midranks among all samples together (ties share the mean rank, as `RANK.AVG`).
    public let rankSum: Double
    /// rankSum / count.
    public let meanRank: Double

    /// Summarises `values`, whose midranks among all samples are `ranks` (same order). Sums of
    /// half-integers are exact in double below 2⁵².
    init(name: String, values: [Double], ranks: ArraySlice<Double>) {
        self.name = name
        count = values.count
        median = Percentiles.median(values.sorted()) ?? .nan
        rankSum = ranks.reduce(0, +)
        meanRank = rankSum / Double(values.count)
    }
}
