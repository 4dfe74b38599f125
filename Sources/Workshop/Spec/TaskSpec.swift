/// One task of an exercise: an analysis on named columns and the figures the participant reports.
///
/// Which column fields are needed depends on `analysis` (see Exercises/README.md):
/// `describe` → `variable`; `regression` → `response`, `predictors`; `correlation` and
/// `pairedTTest` → `variables` (two); `twoSampleTTest` and `anova` → `value`, `group`
/// (optionally `groups` to fix which labels and their order); `crosstab` → `rows`, `columns`;
/// `movingAverage` → `series`, `interval`; `exponentialSmoothing` → `series`, `damping`;
/// `did` → `value`, `group`, `treated`, `period`, `after` (optionally `unit`).
public struct TaskSpec: Codable, Sendable, Hashable {
    /// Identifier, unique within the exercise.
    public var id: String
    /// The analysis to run on the generated data.
    public var analysis: AnalysisKind
    /// What the participant is asked to do (shown on the 説明 sheet).
    public var instructions: LocalizedText
    /// Column summarised by `describe`.
    public var variable: String?
    /// Two columns: correlated, or paired (before, after).
    public var variables: [String]?
    /// Dependent column of a regression.
    public var response: String?
    /// Explanatory columns of a regression, in the order of the ToolPak's input range.
    public var predictors: [String]?
    /// Measured column compared across groups.
    public var value: String?
    /// Categorical column defining the groups.
    public var group: String?
    /// The group labels to compare, in output order; all labels in order of appearance when omitted.
    public var groups: [String]?
    /// Row variable of a cross tabulation.
    public var rows: String?
    /// Column variable of a cross tabulation.
    public var columns: String?
    /// Time series column.
    public var series: String?
    /// Window length of a moving average.
    public var interval: Int?
    /// Damping factor (the ToolPak's 減衰率, 1 − α) of exponential smoothing.
    public var damping: Double?
    /// `twoSampleTTest` only: `false` for Welch's test (the ToolPak's 分散が等しくないと仮定した 2 標本による検定);
    /// equal variances are assumed when omitted.
    public var equalVariances: Bool?
    /// `twoSampleTTest` and `pairedTTest`: the hypothesized difference of the means (仮説平均との差異), 0 when omitted.
    public var hypothesizedDifference: Double?
    /// `did`: the label of `group` that received the measure; every other label is the comparison group.
    public var treated: String?
    /// `did`: categorical column naming each row's period.
    public var period: String?
    /// `did`: the labels of `period` after the measure; the others are before.
    public var after: [String]?
    /// `did`: identifier or categorical column naming the unit that repeats over periods; its figures then
    /// use cluster-robust standard errors by unit (as `bunseki did --unit`), HC1 otherwise.
    public var unit: String?
    /// The figures to report, each with its own answer cell.
    public var figures: [FigureSpec]
}

/// The analyses a task can name. Adding one means a case here and one in the answer solver.
public enum AnalysisKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// 基本統計量.
    case describe
    /// 回帰分析 (ordinary least squares with intercept).
    case regression
    /// 相関 (Pearson).
    case correlation
    /// t 検定: 一対の標本による平均の検定.
    case pairedTTest
    /// t 検定: 等分散を仮定した 2 標本による検定.
    case twoSampleTTest
    /// 分散分析: 一元配置.
    case anova
    /// クロス集計とカイ二乗検定.
    case crosstab
    /// 移動平均.
    case movingAverage
    /// 指数平滑.
    case exponentialSmoothing
    /// 差の差分析 (difference-in-differences, `bunseki did`): the 2×2 means, the estimate and the
    /// p-value of its primary standard error (cluster by `unit` when given, else HC1).
    case did
}

/// A figure the participant must report in one answer cell.
public struct FigureSpec: Codable, Sendable, Hashable {
    /// Identifier, unique within the exercise (also names the answer cell).
    public var id: String
    /// The label next to the answer cell.
    public var label: LocalizedText
    /// Which number of the analysis output is meant.
    public var statistic: Statistic
    /// For regression figures, the predictor (or `切片` for the intercept); for group means, the group label;
    /// for `did` means and counts, the cell (`treatedBefore`, `treatedAfter`, `comparisonBefore`, `comparisonAfter`).
    public var term: String?
    /// For series figures, the 1-based data row whose smoothed value is asked.
    public var row: Int?
    /// Significance level of ``Statistic/significant`` (default 0.05).
    public var alpha: Double?
    /// Decimals the participant is asked to give; widens the tolerance to half a unit in that place.
    public var decimals: Int?
    /// Overrides the exercise's tolerance for this figure.
    public var tolerance: Tolerance?
}

/// A number (or yes/no decision) taken from an analysis output.
public enum Statistic: String, Codable, Sendable, Hashable, CaseIterable {
    /// 平均 (of the variable, or of the group or variable named by `term`).
    case mean
    /// 中央値 (メジアン).
    case median
    /// 標準偏差 (sample, n − 1).
    case standardDeviation
    /// 分散 (sample, n − 1).
    case variance
    /// 最小.
    case minimum
    /// 最大.
    case maximum
    /// データの個数 / 観測数.
    case count
    /// 合計.
    case sum
    /// 係数 of the regression term `term`; for `did`, the difference-in-differences estimate.
    case coefficient
    /// 標準誤差 of the regression term `term`.
    case standardError
    /// t 値 (of a regression term, or of a t-test).
    case tStat
    /// P-値: two-tailed for t-tests and regression terms; of the F or chi-square test otherwise.
    case pValue
    /// P(T<=t) 片側.
    case pValueOneTail
    /// はい/いいえ: whether `pValue` is below `alpha`.
    case significant
    /// 重決定 R2.
    case rSquared
    /// 補正 R2.
    case adjustedRSquared
    /// 観測された分散比 (F).
    case fStat
    /// 有意 F.
    case significanceF
    /// 自由度.
    case degreesOfFreedom
    /// 相関係数 (Pearson).
    case correlation
    /// カイ二乗値 (Pearson, no continuity correction).
    case chiSquare
    /// The output value aligned with data row `row` (moving average, exponential smoothing).
    case value

    /// Whether the answer is はい/いいえ rather than a number.
    public var isDecision: Bool { self == .significant }
}
