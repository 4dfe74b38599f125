/// The exact null distribution of the Wilcoxon signed-rank sum R+: under the null hypothesis each
/// difference is positive or negative with probability ½ independently (Wilcoxon 1945), so every one of
/// the 2ⁿ sign assignments of the ranks is equally likely. With tied |differences| the ranks are midranks
/// and the distribution is the permutation distribution given the ties (SciPy's permutation test for
/// up to 13 pairs).
///
/// Ranks are doubled so that midranks become integers; the number of assignments with 2R+ = s is the
/// coefficient of q^s in ∏ᵢ (1 + q^(2rᵢ)), built by additions only. Counts stay below 2⁵⁰ (n ≤ 50), so
/// every count is exact in double.
struct SignedRankDistribution {
    /// Entry s: the number of sign assignments with 2R+ = s.
    private let counts: [Double]
    /// 2ⁿ.
    private let total: Double

    /// - Parameter doubledRanks: 2 × each non-zero difference's midrank (an integer).
    init(doubledRanks: [Int]) {
        var counts = [Double](repeating: 0, count: doubledRanks.reduce(0, +) + 1)
        counts[0] = 1
        var reach = 0
        for weight in doubledRanks {
            reach += weight
            for s in stride(from: reach, through: weight, by: -1) { counts[s] += counts[s - weight] }
        }
        self.counts = counts
        total = counts.reduce(0, +)
    }

    /// The two-sided p-value of an observed 2R+: twice the smaller of P(2R+ ≤ s) and P(2R+ ≥ s), at most 1.
    func twoSidedPValue(doubledRankSum s: Int) -> Double {
        let index = min(max(s, 0), counts.count - 1)
        let lower = counts[0...index].reduce(0, +)
        let upper = counts[index...].reduce(0, +)
        return min(1, 2 * min(lower, upper) / total)
    }
}
