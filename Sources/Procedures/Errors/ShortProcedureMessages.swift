import Report
import Analysis

extension ErrorMessages {
    /// The name of a procedure that ran short of data, as the subject of the too-few-observations sentence.
    package static func procedure(_ procedure: ShortProcedure, _ l: Language) -> String {
        switch procedure {
        case .regression(let parameters):
            l.pick(ja: "係数 \(parameters) 個の回帰分析", en: "regression with \(parameters) parameters")
        case .logisticRegression:
            l.pick(ja: "ロジスティック回帰", en: "logistic regression")
        case .fTest(let variable):
            l.pick(ja: "列「\(variable)」の F 検定", en: "the F-test of '\(variable)'")
        case .pairedTTest:
            l.pick(ja: "一対の標本による t 検定", en: "the paired t-test")
        case .twoSampleTTest(let variable):
            l.pick(ja: "列「\(variable)」の 2 標本 t 検定", en: "the two-sample t-test of '\(variable)'")
        case .zTest(let variable):
            l.pick(ja: "列「\(variable)」の z 検定", en: "the z-test of '\(variable)'")
        case .descriptiveStatistics(let variable):
            l.pick(ja: "列「\(variable)」の基本統計量", en: "descriptive statistics of '\(variable)'")
        case .crossTabulationCategories:
            l.pick(ja: "クロス集計 (区分の数)", en: "cross tabulation (categories)")
        case .correlationVariables:
            l.pick(ja: "相関 (列の数)", en: "correlation (columns)")
        case .movingAverage:
            l.pick(ja: "移動平均", en: "the moving average")
        case .exponentialSmoothing:
            l.pick(ja: "指数平滑", en: "exponential smoothing")
        case .sampling(let variable):
            l.pick(ja: "列「\(variable)」のサンプリング", en: "sampling of '\(variable)'")
        case .rankAndPercentile(let variable):
            l.pick(ja: "列「\(variable)」の順位と百分位数", en: "rank and percentile of '\(variable)'")
        case .histogram(let variable):
            l.pick(ja: "列「\(variable)」のヒストグラム", en: "the histogram of '\(variable)'")
        case .oneWayGroups:
            l.pick(ja: "一元配置分散分析 (群の数)", en: "one-way ANOVA (groups)")
        case .oneWayGroup(let name):
            l.pick(ja: "一元配置分散分析の群「\(name)」", en: "one-way ANOVA group '\(name)'")
        case .oneWayObservations:
            l.pick(ja: "一元配置分散分析 (全体の値の数)", en: "one-way ANOVA (observations)")
        case .twoFactorWithoutReplicationLevels:
            l.pick(ja: "繰り返しのない二元配置分散分析 (行と列の数)", en: "two-factor ANOVA without replication (rows and columns)")
        case .twoFactorLevels:
            l.pick(ja: "繰り返しのある二元配置分散分析 (水準の数)", en: "two-factor ANOVA with replication (levels)")
        case .twoFactorRowsPerSample:
            l.pick(ja: "繰り返しのある二元配置分散分析 (1 標本あたりの行数)", en: "two-factor ANOVA with replication (rows per sample)")
        case .twoFactorCases(let first, let second):
            l.pick(ja: "二元配置分散分析 (\(first) × \(second))", en: "two-factor ANOVA (\(first) × \(second))")
        case .mannWhitney(let variable):
            l.pick(ja: "列「\(variable)」のマン・ホイットニーの U 検定", en: "the Mann-Whitney U test of '\(variable)'")
        case .wilcoxonPairs:
            l.pick(ja: "ウィルコクソンの符号付き順位検定 (差が 0 でない対)", en: "the Wilcoxon signed-rank test (pairs with a non-zero difference)")
        case .kruskalWallisGroups:
            l.pick(ja: "クラスカル・ウォリス検定 (群の数)", en: "the Kruskal-Wallis test (groups)")
        case .kruskalWallisGroup(let name):
            l.pick(ja: "クラスカル・ウォリス検定の群「\(name)」", en: "Kruskal-Wallis group '\(name)'")
        case .shapiroWilk(let variable):
            l.pick(ja: "列「\(variable)」のシャピロ・ウィルク検定", en: "the Shapiro-Wilk test of '\(variable)'")
        }
    }
}
