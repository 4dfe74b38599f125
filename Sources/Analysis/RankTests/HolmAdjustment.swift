/// Holm's step-down adjustment of p-values for multiple comparisons (Holm 1979), as R's `p.adjust(p, "holm")`:
/// with the m p-values in ascending order p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted p₍ₖ₎ is the largest of
/// (m − j + 1)·p₍ⱼ₎ over j ≤ k, capped at 1. It controls the family-wise error rate like Bonferroni's
/// m·p while rejecting at least as often.
enum HolmAdjustment {
    /// The adjusted p-values, in the order given. Equal p-values get equal adjusted values.
    static func adjust(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] || (pValues[$0] == pValues[$1] && $0 < $1) }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 0.0
        for (step, index) in order.enumerated() {
            running = max(running, Double(m - step) * pValues[index])
            adjusted[index] = min(1, running)
        }
        return adjusted
    }
}
