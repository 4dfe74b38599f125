/// How a rank test's p-value was obtained. Each test chooses as SciPy's `method='auto'` does, so that a
/// participant who checks a result in Python gets the same p-value.
public enum RankTestMethod: String, Codable, Sendable {
    /// The exact null distribution of the statistic (no tied values).
    case exact
    /// Every one of the 2ⁿ sign changes of the tied midranks: exact given the ties (SciPy's permutation
    /// test for the Wilcoxon test of at most 13 pairs with ties or zero differences).
    case permutation
    /// The normal approximation with the tie correction.
    case normal
}
