/// The procedure that ran short of data in `AnalysisError.tooFewObservations`, named by case (with the
/// column involved) rather than by a sentence, so that the command line can say it in the reader's language.
public enum ShortProcedure: Sendable, Equatable, Codable {
    /// Least squares with this many coefficients, the intercept included.
    case regression(parameters: Int)
    /// Logistic regression.
    case logisticRegression
    /// The F-test of two variances, short in this column.
    case fTest(variable: String)
    /// The paired t-test (complete pairs).
    case pairedTTest
    /// A two-sample t-test, short in this column.
    case twoSampleTTest(variable: String)
    /// The z-test, short in this column.
    case zTest(variable: String)
    /// Descriptive statistics of this column.
    case descriptiveStatistics(variable: String)
    /// Cross tabulation: too few categories in the rows or the columns.
    case crossTabulationCategories
    /// A correlation matrix: too few columns.
    case correlationVariables
    /// The moving average (values against the interval).
    case movingAverage
    /// Exponential smoothing.
    case exponentialSmoothing
    /// Sampling of this column.
    case sampling(variable: String)
    /// Rank and percentile of this column.
    case rankAndPercentile(variable: String)
    /// The histogram of this column.
    case histogram(variable: String)
    /// One-way ANOVA: too few groups.
    case oneWayGroups
    /// One-way ANOVA: this group holds no values.
    case oneWayGroup(name: String)
    /// One-way ANOVA: too few values over all groups.
    case oneWayObservations
    /// Two-factor ANOVA without replication: too few rows or columns.
    case twoFactorWithoutReplicationLevels
    /// Two-factor ANOVA with replication: too few levels of a factor.
    case twoFactorLevels
    /// Two-factor ANOVA with replication: too few rows per sample.
    case twoFactorRowsPerSample
    /// Two-factor ANOVA of one row per case with these two factors.
    case twoFactorCases(first: String, second: String)
    /// The Mann–Whitney U test, short in this column.
    case mannWhitney(variable: String)
    /// The Wilcoxon signed-rank test: complete pairs, or pairs whose difference is not zero.
    case wilcoxonPairs
    /// The Kruskal–Wallis test: too few groups.
    case kruskalWallisGroups
    /// The Kruskal–Wallis test: this group holds no values.
    case kruskalWallisGroup(name: String)
    /// The Shapiro–Wilk test of this column.
    case shapiroWilk(variable: String)
}
