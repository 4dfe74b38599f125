// The one catalogue of report labels. English strings are US-English Excel's; Japanese strings follow
// ../shared/reference/toolpak.md §3, where many are tagged [U]/[C]/[P] (unverified on a real Japanese
// Excel): a wrong label is fixed here, on its own line, and nowhere else.

import Foundation

/// Every label a report prints, grouped by ToolPak tool, plus the toolkit's own additions.
public enum Labels {
    /// Names shared by all reports.
    public enum Common: BilingualLabel, CaseIterable {
        case dataSheet, readingSheet, sourceRow

        public var texts: (en: String, ja: String) {
            switch self {
            case .dataSheet: ("Data", "データ")
            case .readingSheet: ("Reading", "解釈")
            case .sourceRow: ("Row", "行番号")
            }
        }
    }

    /// Descriptive Statistics / 基本統計量 (toolpak.md §3.1), in print order.
    public enum Descriptive: BilingualLabel, CaseIterable {
        case title, mean, standardError, median, mode, standardDeviation, sampleVariance, kurtosis, skewness
        case range, minimum, maximum, sum, count

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Descriptive Statistics", "基本統計量")
            case .mean: ("Mean", "平均")
            case .standardError: ("Standard Error", "標準誤差")
            case .median: ("Median", "中央値 (メジアン)")
            case .mode: ("Mode", "最頻値 (モード)")
            case .standardDeviation: ("Standard Deviation", "標準偏差")
            case .sampleVariance: ("Sample Variance", "分散")
            case .kurtosis: ("Kurtosis", "尖度")
            case .skewness: ("Skewness", "歪度")
            case .range: ("Range", "範囲")
            case .minimum: ("Minimum", "最小")
            case .maximum: ("Maximum", "最大")
            case .sum: ("Sum", "合計")
            case .count: ("Count", "データの個数")
            }
        }
    }

    /// Regression / 回帰分析 (toolpak.md §3.2).
    public enum Regression: BilingualLabel, CaseIterable {
        case title, summaryOutput, regressionStatistics, multipleR, rSquare, adjustedRSquare, standardError
        case observations, anova, df, ss, ms, f, significanceF, regression, residual, total
        case coefficients, coefficientStandardError, tStat, pValue, intercept
        case residualOutput, observation, residuals, standardResiduals, probabilityOutput, percentile
        case normalProbabilityPlot

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Regression", "回帰分析")
            case .summaryOutput: ("SUMMARY OUTPUT", "概要")
            case .regressionStatistics: ("Regression Statistics", "回帰統計")
            case .multipleR: ("Multiple R", "重相関 R")
            case .rSquare: ("R Square", "重決定 R2")
            case .adjustedRSquare: ("Adjusted R Square", "補正 R2")
            case .standardError: ("Standard Error", "標準誤差")
            case .observations: ("Observations", "観測数")
            case .anova: ("ANOVA", "分散分析表")
            case .df: ("df", "自由度")
            case .ss: ("SS", "変動")
            case .ms: ("MS", "分散")
            case .f: ("F", "観測された分散比")
            case .significanceF: ("Significance F", "有意 F")
            case .regression: ("Regression", "回帰")
            case .residual: ("Residual", "残差")
            case .total: ("Total", "合計")
            case .coefficients: ("Coefficients", "係数")
            case .coefficientStandardError: ("Standard Error", "標準誤差")
            case .tStat: ("t Stat", "t")
            case .pValue: ("P-value", "P-値")
            case .intercept: ("Intercept", "切片")
            case .residualOutput: ("RESIDUAL OUTPUT", "残差出力")
            case .observation: ("Observation", "観測値")
            case .residuals: ("Residuals", "残差")
            case .standardResiduals: ("Standard Residuals", "標準残差")
            case .probabilityOutput: ("PROBABILITY OUTPUT", "確率出力")
            case .percentile: ("Percentile", "百分位数")
            case .normalProbabilityPlot: ("Normal Probability Plot", "正規確率グラフ")
            }
        }
    }

    /// Correlation / 相関 and Covariance / 共分散 (toolpak.md §3.3, §3.4).
    public enum Association: BilingualLabel, CaseIterable {
        case correlationTitle, covarianceTitle

        public var texts: (en: String, ja: String) {
            switch self {
            case .correlationTitle: ("Correlation", "相関")
            case .covarianceTitle: ("Covariance", "共分散")
            }
        }
    }

    /// Histogram (toolpak.md §3.11); the chart uses the same words for its title and axes.
    public enum Histogram: BilingualLabel, CaseIterable {
        case title, bin, frequency, cumulativePercent, more

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Histogram", "ヒストグラム")
            case .bin: ("Bin", "データ区間")
            case .frequency: ("Frequency", "頻度")
            case .cumulativePercent: ("Cumulative %", "累積 %")
            case .more: ("More", "次の級")
            }
        }
    }

    /// Moving Average and Exponential Smoothing (toolpak.md §3.12, §3.13), including their chart words.
    public enum Smoothing: BilingualLabel, CaseIterable {
        case movingAverageTitle, exponentialSmoothingTitle, actual, forecast, dataPoint, value, dampingFactor
        case standardError, interval

        public var texts: (en: String, ja: String) {
            switch self {
            case .movingAverageTitle: ("Moving Average", "移動平均")
            case .exponentialSmoothingTitle: ("Exponential Smoothing", "指数平滑")
            case .actual: ("Actual", "実測値")
            case .forecast: ("Forecast", "予測値")
            case .dataPoint: ("Data Point", "データ ポイント")
            case .value: ("Value", "値")
            case .dampingFactor: ("Damping factor", "減衰率")
            case .standardError: ("Standard Error", "標準誤差")
            case .interval: ("Interval", "区間")
            }
        }
    }

    /// Rank and Percentile (toolpak.md §3.14).
    public enum RankPercentile: BilingualLabel, CaseIterable {
        case title, point, rank, percent

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Rank and Percentile", "順位と百分位数")
            case .point: ("Point", "ポイント")
            case .rank: ("Rank", "順位")
            case .percent: ("Percent", "百分率")
            }
        }
    }

    /// Logistic regression, which the ToolPak lacks; worded by us after statistics textbooks.
    public enum Logistic: BilingualLabel, CaseIterable {
        case title, sheet, coefficients, term, intercept, estimate, standardError, z, pValue, oddsRatio
        case modelFit, observations, events, logLikelihood, nullLogLikelihood, likelihoodRatio, degreesOfFreedom
        case likelihoodRatioPValue, mcFaddenR2, aic, classification, observed, predicted, accuracy, fittedProbability

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Logistic Regression", "ロジスティック回帰分析")
            case .sheet: ("Logistic", "ロジスティック回帰")
            case .coefficients: ("Coefficients", "係数")
            case .term: ("Term", "項")
            case .intercept: ("Intercept", "切片")
            case .estimate: ("Coefficient", "係数")
            case .standardError: ("Standard Error", "標準誤差")
            case .z: ("z", "z")
            case .pValue: ("P-value", "P-値")
            case .oddsRatio: ("Odds Ratio", "オッズ比")
            case .modelFit: ("Model Fit", "モデルの適合")
            case .observations: ("Observations", "観測数")
            case .events: ("Outcome = 1", "結果 = 1 の数")
            case .logLikelihood: ("Log-likelihood", "対数尤度")
            case .nullLogLikelihood: ("Log-likelihood (intercept only)", "対数尤度 (切片のみ)")
            case .likelihoodRatio: ("Likelihood Ratio χ²", "尤度比 χ²")
            case .degreesOfFreedom: ("df", "自由度")
            case .likelihoodRatioPValue: ("Likelihood Ratio P-value", "尤度比検定の P-値")
            case .mcFaddenR2: ("McFadden R²", "McFadden の擬似 R²")
            case .aic: ("AIC", "AIC")
            case .classification: ("Classification (cut-off 0.5)", "判別表 (閾値 0.5)")
            case .observed: ("Observed", "実際")
            case .predicted: ("Predicted", "予測")
            case .accuracy: ("Correctly Classified", "正判別率")
            case .fittedProbability: ("Fitted Probability", "予測確率")
            }
        }
    }

    /// Figures the toolkit adds beyond the ToolPak (toolpak.md §6); worded by us, not by Excel.
    public enum Extras: BilingualLabel, CaseIterable {
        case firstQuartile, thirdQuartile, interquartileRange, multicollinearity, vif, standardizedCoefficient
        case robustStandardErrorHC1, robustStandardErrorHC3, robustPValueHC1, robustPValueHC3, durbinWatson
        case smoothingConstant, paretoChart

        public var texts: (en: String, ja: String) {
            switch self {
            case .smoothingConstant: ("Smoothing constant α", "平滑化定数 α")
            case .paretoChart: ("Pareto (sorted histogram)", "パレート図 (並べ替えたヒストグラム)")
            case .firstQuartile: ("First Quartile (QUARTILE.INC)", "第 1 四分位数 (QUARTILE.INC)")
            case .thirdQuartile: ("Third Quartile (QUARTILE.INC)", "第 3 四分位数 (QUARTILE.INC)")
            case .interquartileRange: ("Interquartile Range", "四分位範囲")
            case .multicollinearity: ("Multicollinearity", "多重共線性")
            case .vif: ("VIF", "VIF (分散拡大係数)")
            case .standardizedCoefficient: ("Standardized Coefficient", "標準偏回帰係数")
            case .robustStandardErrorHC1: ("Robust Standard Error (HC1)", "頑健な標準誤差 (HC1)")
            case .robustStandardErrorHC3: ("Robust Standard Error (HC3)", "頑健な標準誤差 (HC3)")
            case .robustPValueHC1: ("Robust P-value (HC1)", "頑健な P-値 (HC1)")
            case .robustPValueHC3: ("Robust P-value (HC3)", "頑健な P-値 (HC3)")
            case .durbinWatson: ("Durbin-Watson Statistic", "ダービン・ワトソン比")
            }
        }
    }

    /// Matrices the toolkit adds below the ToolPak's Correlation and Covariance matrices; worded by us.
    public enum AssociationExtras: BilingualLabel, CaseIterable {
        case pairCount, pearsonPValue, spearman, spearmanPValue, sampleCovariance

        public var texts: (en: String, ja: String) {
            switch self {
            case .pairCount: ("Complete pairs (n)", "データの組数 (n)")
            case .pearsonPValue: ("P-value, test of no correlation (two-tail)", "無相関の検定の P-値 (両側)")
            case .spearman: ("Spearman's rank correlation", "スピアマンの順位相関係数")
            case .spearmanPValue: ("P-value of Spearman's rank correlation (two-tail)", "スピアマンの順位相関の P-値 (両側)")
            case .sampleCovariance: ("Sample covariance (COVARIANCE.S, divides by n-1)", "標本共分散 (COVARIANCE.S、n-1 で割る)")
            }
        }
    }

    /// Cross tabulation with the chi-square test of independence (toolpak.md §6: a PivotTable plus
    /// `CHISQ.TEST`; not a ToolPak tool, so worded by us).
    public enum CrossTab: BilingualLabel, CaseIterable {
        case title, observed, rowPercentages, columnPercentages, expected, adjustedResiduals, total, test, chiSquare, df, pValue, cramersV
        case fisherPValue

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Cross tabulation", "クロス集計")
            case .observed: ("Observed counts", "観測度数")
            case .rowPercentages: ("Row percentages (each count ÷ its row total)", "行の構成比 (行%: 度数 ÷ 行の合計)")
            case .columnPercentages: ("Column percentages (each count ÷ its column total)", "列の構成比 (列%: 度数 ÷ 列の合計)")
            case .expected: ("Expected counts (row total × column total ÷ N)", "期待度数 (行合計 × 列合計 ÷ 総数)")
            case .adjustedResiduals: ("Adjusted standardized residuals", "調整済み標準化残差")
            case .total: ("Total", "合計")
            case .test: ("Chi-square test of independence", "独立性のカイ二乗検定")
            case .chiSquare: ("Chi-square", "カイ二乗値")
            case .df: ("df", "自由度")
            case .pValue: ("P-value (CHISQ.TEST)", "P-値 (CHISQ.TEST)")
            case .cramersV: ("Cramér's V", "クラメールの連関係数 V")
            case .fisherPValue: ("Fisher's exact test P-value (two-tail)", "フィッシャーの正確確率検定の P-値 (両側)")
            }
        }
    }

    /// Group summary (toolpak.md §6: what a PivotTable gives; not a ToolPak tool, so worded by us).
    public enum GroupSummary: BilingualLabel, CaseIterable {
        case title, count, mean, standardDeviation, minimum, maximum

        public var texts: (en: String, ja: String) {
            switch self {
            case .title: ("Group summary", "グループ別集計")
            case .count: ("Count", "個数")
            case .mean: ("Mean", "平均")
            case .standardDeviation: ("Standard Deviation", "標準偏差")
            case .minimum: ("Minimum", "最小")
            case .maximum: ("Maximum", "最大")
            }
        }
    }

    /// Headings and fixed sentences of the notes and warnings on a report.
    /// The overview workbook of `bunseki report`: frequency and missing-data sheets.
    public enum Overview: BilingualLabel, CaseIterable {
        case frequencySheet, missingSheet, value, count, share, otherValues, total
        case column, filled, empty, misfits, misfitCells

        public var texts: (en: String, ja: String) {
            switch self {
            case .frequencySheet: ("Frequencies", "度数")
            case .missingSheet: ("Missing data", "欠測")
            case .value: ("Value", "値")
            case .count: ("Count", "件数")
            case .share: ("Percent", "割合")
            case .otherValues: ("(other values)", "(その他の値)")
            case .total: ("Total", "合計")
            case .column: ("Column", "列")
            case .filled: ("Filled", "入力あり")
            case .empty: ("Empty", "空欄")
            case .misfits: ("Wrong type", "型の合わないセル")
            case .misfitCells: ("Where", "セル")
            }
        }
    }

    public enum Notes: BilingualLabel, CaseIterable {
        case notesHeading, warningsHeading, associationIsNotCause, covarianceIsPopulation, tTestOneTailMeaning
        case standardResidualScaling, confidenceLevelIsHalfWidth, welchDegreesOfFreedomRounded, fTestAlphaIsOneTail
        case significanceIsNotSize, spearmanPValueApproximate

        public var texts: (en: String, ja: String) {
            switch self {
            case .notesHeading: ("Notes", "注記")
            case .warningsHeading: ("Warnings", "注意")
            case .associationIsNotCause:
                ("An association between variables does not prove that one causes the other.",
                 "変数の間に関連があっても、一方が他方の原因であることの証明にはなりません。")
            case .covarianceIsPopulation:
                ("Covariances here divide by n (COVARIANCE.P), as the ToolPak does; COVARIANCE.S divides by n-1.",
                 "ここでの共分散は分析ツールと同じく n で割った値 (COVARIANCE.P) です。COVARIANCE.S は n-1 で割ります。")
            case .tTestOneTailMeaning:
                ("\"P(T<=t) one-tail\" is the probability beyond |t| in the direction of t's sign.",
                 "「P(T<=t) 片側」は、t の符号の向きに |t| より外側となる確率です。")
            case .standardResidualScaling:
                ("Standard residuals divide each residual by the standard deviation of the residuals (n-1), as the ToolPak does.",
                 "標準残差は分析ツールと同じく、残差を残差の標準偏差 (n-1) で割った値です。")
            case .confidenceLevelIsHalfWidth:
                ("The confidence level row is the ± half-width around the mean, not the interval itself.",
                 "信頼区間の行は平均の前後の幅 (±) であり、区間そのものではありません。")
            case .welchDegreesOfFreedomRounded:
                ("The ToolPak rounds the Welch df to a whole number for its p-values and critical values; the table's last two rows use the exact df, as T.TEST does.",
                 "分析ツールは Welch の自由度を整数に丸めて P 値と境界値を求めます。表の最後の 2 行は T.TEST と同じく丸めない自由度を使います。")
            case .fTestAlphaIsOneTail:
                ("Alpha here is a one-tail level: a two-sided 5% test of equal variances compares the F.TEST p-value with 0.05.",
                 "ここでの α は片側の水準です。等分散の両側 5% 検定には F.TEST の P 値を 0.05 と比べます。")
            case .spearmanPValueApproximate:
                ("Spearman's p-values use the t approximation, as SciPy's spearmanr does; with fewer than 10 pairs they are only approximate, and an exact test of ρ may differ.",
                 "スピアマンの順位相関の P 値は SciPy の spearmanr と同じ t 分布による近似です。10 組未満では近似にすぎず、ρ の正確な検定とは異なることがあります。")
            case .significanceIsNotSize:
                ("A significant difference is not necessarily a large one: judge its size in the data's own units.",
                 "有意な差が大きな差とは限りません。差の大きさはデータの単位で判断してください。")
            }
        }
    }
}

extension Labels {
    /// The Sampling and Random Number Generation tools (toolpak.md §3.15).
    public enum Sampling: BilingualLabel, CaseIterable {
        case samplingTitle, randomTitle

        public var texts: (en: String, ja: String) {
            switch self {
            case .samplingTitle: ("Sampling", "サンプリング")
            case .randomTitle: ("Random Number Generation", "乱数発生")
            }
        }
    }

    /// The parameter and moment tables of the random numbers' Reading sheet; worded by us.
    public enum RandomMoments: BilingualLabel, CaseIterable {
        case parameter, value, weight, lower, upper, mean, standardDeviation, probability, trials, lambda
        case sample, theoretical, sheet

        public var texts: (en: String, ja: String) {
            switch self {
            case .sheet: ("Moments", "理論値との比較")
            case .parameter: ("Parameter", "パラメーター")
            case .value: ("Value", "値")
            case .weight: ("Weight", "重み")
            case .lower: ("Lower bound", "下限")
            case .upper: ("Upper bound", "上限")
            case .mean: ("Mean", "平均")
            case .standardDeviation: ("Standard deviation", "標準偏差")
            case .probability: ("Probability p", "確率 p")
            case .trials: ("Number of trials", "試行回数")
            case .lambda: ("Mean λ", "平均 λ")
            case .sample: ("These numbers", "発生させた数")
            case .theoretical: ("Distribution", "分布の理論値")
            }
        }
    }
}

// MARK: - Labels with a number in them

extension Labels {
    /// `Largest(1)` / `最大値(1)`.
    public static func largest(_ k: Int, _ language: Language) -> String {
        language == .en ? "Largest(\(k))" : "最大値(\(k))"
    }

    /// `Smallest(1)` / `最小値(1)`.
    public static func smallest(_ k: Int, _ language: Language) -> String {
        language == .en ? "Smallest(\(k))" : "最小値(\(k))"
    }

    /// `Confidence Level(95.0%)` / `信頼区間(95.0%)`; the level shows one decimal as in the ToolPak.
    public static func confidenceLevel(_ level: Double, _ language: Language) -> String {
        let percent = percentText(level, decimals: 1)
        return language == .en ? "Confidence Level(\(percent))" : "信頼区間(\(percent))"
    }

    /// `Lower 95%` / `下限 95%` (first pair, no decimals) or `Lower 95.0%` / `下限 95.0%` (second pair, one decimal).
    public static func lowerBound(_ level: Double, decimals: Int, _ language: Language) -> String {
        (language == .en ? "Lower " : "下限 ") + percentText(level, decimals: decimals)
    }

    /// `Upper 95%` / `上限 95%`, as `lowerBound`.
    public static func upperBound(_ level: Double, decimals: Int, _ language: Language) -> String {
        (language == .en ? "Upper " : "上限 ") + percentText(level, decimals: decimals)
    }

    /// Default variable names when the data has no header: `X Variable 1` / `X 値 1` (regression X columns).
    public static func xVariable(_ index: Int, _ language: Language) -> String {
        language == .en ? "X Variable \(index)" : "X 値 \(index)"
    }

    /// `Predicted Y` / `予測値: Y`, with the response's name in place of `Y` when it has one.
    public static func predicted(_ response: String, _ language: Language) -> String {
        language == .en ? "Predicted \(response)" : "予測値: \(response)"
    }

    /// `X Variable 1 Residual Plot` / `X 値 1 残差グラフ`.
    public static func residualPlot(_ variable: String, _ language: Language) -> String {
        language == .en ? "\(variable) Residual Plot" : "\(variable) 残差グラフ"
    }

    /// `X Variable 1 Line Fit Plot` / `X 値 1 観測値グラフ`.
    public static func lineFitPlot(_ variable: String, _ language: Language) -> String {
        language == .en ? "\(variable) Line Fit Plot" : "\(variable) 観測値グラフ"
    }

    /// Title of a scatter chart of `y` against `x` (our addition; the ToolPak has no such chart).
    public static func scatterPlot(_ y: String, against x: String, _ language: Language) -> String {
        language == .en ? "\(y) vs \(x)" : "\(x) と \(y) の散布図"
    }

    /// The title of a chart of one column's means per level of another: `Mean 月間残業時間 by 所属` /
    /// `所属別の月間残業時間の平均`.
    public static func means(of value: String, by group: String, _ language: Language) -> String {
        language == .en ? "Mean \(value) by \(group)" : "\(group)別の\(value)の平均"
    }

    /// A confidence level (0.95) as the ToolPak prints it in labels: `95%` or `95.0%`.
    private static func percentText(_ level: Double, decimals: Int) -> String {
        String(format: "%.\(max(0, decimals))f%%", level * 100)
    }
}
