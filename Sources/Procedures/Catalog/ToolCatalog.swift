import Analysis
import Report

/// Every tool a front end other than the command line offers: first the ToolPak's, in its データ分析 dialog's order
/// and with its names, then the tools beyond it. Each entry reads its settings into the same procedure the CLI's
/// command builds, so both run one path. Not offered: the ToolPak's Fourier analysis (not built) and random number
/// generation, which reads no table.
package enum ToolCatalog {
    package static let tools: [ToolDescriptor] = toolPak + beyond

    package static func tool(_ id: String) -> ToolDescriptor? {
        tools.first { $0.id == id }
    }

    private static let alpha = ParameterDescriptor("alpha", ja: "有意水準 α", en: "Significance level α", .number(default: 0.05))
    private static let a = ParameterDescriptor("a", ja: "変数 1 の列", en: "Variable 1 column", .column(.numeric), required: true)
    private static let b = ParameterDescriptor("b", ja: "変数 2 の列", en: "Variable 2 column", .column(.numeric), required: true)
    /// The two-sample tests' columns when the grouped layout may replace them: then neither is required.
    private static let optionalA = ParameterDescriptor("a", ja: "変数 1 の列", en: "Variable 1 column", .column(.numeric))
    private static let optionalB = ParameterDescriptor("b", ja: "変数 2 の列", en: "Variable 2 column", .column(.numeric))
    private static let levels = ParameterDescriptor("levels", ja: "比べる 2 つのグループ (カンマ区切り、グループが 3 つ以上のとき)",
                                                    en: "The two groups to compare (comma-separated, when there are more than two)", .text)
    private static let difference = ParameterDescriptor("hypothesized-difference", ja: "仮説平均との差異", en: "Hypothesized mean difference",
                                                        .number(default: 0))
    private static let rowLabels = ParameterDescriptor("row-labels", ja: "行の名前の列", en: "Row label column", .column(.any))
    private static let groupColumns = ParameterDescriptor("columns", ja: "グループの列 (1 列に 1 グループ)", en: "Group columns (one per group)",
                                                          .columns(.numeric))
    private static let value = ParameterDescriptor("value", ja: "値の列 (1 行に 1 件のとき)", en: "Value column (one row per case)",
                                                   .column(.numeric))
    private static let group = ParameterDescriptor("group", ja: "グループを表す列", en: "Group column", .column(.text))

    /// `--order`: one text field; several columns separated by `;` (`CategoryOrder.parse`).
    private static let order = ParameterDescriptor("order", ja: "区分の並び順 (列=値,値,… 複数の列は ; で区切る)",
                                                   en: "Order of categories (COLUMN=A,B,…; several columns separated by ;)", .text)

    private static func orders(_ values: SettingValues) -> [String] { values.text("order").map { [$0] } ?? [] }

    private static func layout(_ values: SettingValues) -> GroupLayout {
        GroupLayout(columns: values.text("columns"), value: values.text("value"), group: values.text("group"))
    }

    private static func twoSample(_ values: SettingValues) throws -> (a: String, b: String, alpha: Double) {
        (try values.required("a"), try values.required("b"), try values.number("alpha", default: 0.05))
    }

    /// Two columns, or one value column split by a group column (not for the paired test, whose pairs are rows).
    private static func samples(_ values: SettingValues) -> TwoSampleLayout {
        TwoSampleLayout(a: values.text("a"), b: values.text("b"), value: values.text("value"), group: values.text("group"),
                        levels: values.text("levels"), order: orders(values))
    }

    private static func tTest(_ id: String, ja: String, en: String, paired: Bool, equal: Bool) -> ToolDescriptor {
        ToolDescriptor(id: id, titles: (ja, en),
                       parameters: paired ? [a, b, difference, alpha] : [optionalA, optionalB, value, group, levels, difference, alpha, order]) { values in
            TTestProcedure(samples: samples(values), alpha: try values.number("alpha", default: 0.05), paired: paired,
                           equalVariances: equal, hypothesizedDifference: try values.number("hypothesized-difference", default: 0))
        }
    }

    private static let toolPak: [ToolDescriptor] = [
        ToolDescriptor(id: "anova", titles: ("分散分析: 一元配置", "Anova: Single Factor"),
                       parameters: [groupColumns, value, group, alpha, order]) { values in
            AnovaProcedure(layout: layout(values), alpha: try values.number("alpha", default: 0.05), order: orders(values))
        },
        ToolDescriptor(id: "anova2-replication", titles: ("分散分析: 繰り返しのある二元配置", "Anova: Two-Factor With Replication"),
                       parameters: [
                           ParameterDescriptor("columns", ja: "列因子の水準の列", en: "Columns (levels of the column factor)", .columns(.numeric), required: true),
                           ParameterDescriptor("replication", ja: "1 標本あたりの行数", en: "Rows per sample", .integer(default: nil), required: true),
                           rowLabels, alpha,
                       ]) { values in
            TwoFactorAnovaProcedure(columns: try values.required("columns"), rowLabels: values.text("row-labels"),
                                    replication: try values.integer("replication") ?? { throw ProcedureError.missingSetting(option: "--replication") }(),
                                    alpha: try values.number("alpha", default: 0.05))
        },
        ToolDescriptor(id: "anova2", titles: ("分散分析: 繰り返しのない二元配置", "Anova: Two-Factor Without Replication"),
                       parameters: [
                           ParameterDescriptor("columns", ja: "列因子の水準の列", en: "Columns (levels of the column factor)", .columns(.numeric), required: true),
                           rowLabels, alpha,
                       ]) { values in
            TwoFactorAnovaProcedure(columns: try values.required("columns"), rowLabels: values.text("row-labels"),
                                    alpha: try values.number("alpha", default: 0.05))
        },
        ToolDescriptor(id: "correl", titles: ("相関", "Correlation"),
                       parameters: [ParameterDescriptor("columns", ja: "列 (2 列以上)", en: "Columns (two or more)", .columns(.numeric), required: true)]) { values in
            AssociationProcedure(tool: .correlation, columns: try values.required("columns"))
        },
        ToolDescriptor(id: "covariance", titles: ("共分散", "Covariance"),
                       parameters: [ParameterDescriptor("columns", ja: "列 (2 列以上)", en: "Columns (two or more)", .columns(.numeric), required: true)]) { values in
            AssociationProcedure(tool: .covariance, columns: try values.required("columns"))
        },
        ToolDescriptor(id: "describe", titles: ("基本統計量", "Descriptive Statistics"), parameters: [
            ParameterDescriptor("columns", ja: "列 (空欄なら数値の列すべて)", en: "Columns (blank: every number column)", .columns(.numeric)),
            ParameterDescriptor("confidence", ja: "平均の信頼区間の信頼度 (%)", en: "Confidence level for mean (%)", .number(default: 95)),
            ParameterDescriptor("kth", ja: "K 番目の大きな値・小さな値の K", en: "Kth largest and smallest: K", .integer(default: 1)),
        ]) { values in
            DescribeProcedure(columns: values.text("columns"), confidence: try values.number("confidence", default: 95),
                              kth: try values.integer("kth", default: 1))
        },
        ToolDescriptor(id: "smooth-exponential", titles: ("指数平滑", "Exponential Smoothing"), parameters: [
            ParameterDescriptor("column", ja: "系列の列", en: "Series column", .column(.numeric), required: true),
            ParameterDescriptor("exponential", ja: "平滑化定数 α (= 1 − 減衰率)", en: "Smoothing constant α (= 1 − damping factor)",
                                .number(default: 0.7), required: true),
        ]) { values in
            SmoothProcedure(column: try values.required("column"), alpha: try values.number("exponential", default: 0.7))
        },
        ToolDescriptor(id: "ftest", titles: ("F 検定: 2 標本を使った分散の検定", "F-Test Two-Sample for Variances"),
                       parameters: [optionalA, optionalB, value, group, levels, alpha, order]) { values in
            FTestProcedure(samples: samples(values), alpha: try values.number("alpha", default: 0.05))
        },
        ToolDescriptor(id: "histogram", titles: ("ヒストグラム", "Histogram"), parameters: [
            // Text columns too: with パレート図 their categories are counted, largest first.
            ParameterDescriptor("columns", ja: "列", en: "Columns", .columns(.any), required: true),
            ParameterDescriptor("bins", ja: "データ区間 (上端をカンマ区切り、空欄なら自動)", en: "Bin upper edges, comma-separated (blank: automatic)", .text),
            ParameterDescriptor("pareto", ja: "パレート図 (度数の大きい順)", en: "Pareto (sorted histogram)", .flag),
        ]) { values in
            HistogramProcedure(columns: try values.required("columns"), bins: values.text("bins"), pareto: values.flag("pareto"))
        },
        ToolDescriptor(id: "smooth-moving-average", titles: ("移動平均", "Moving Average"), parameters: [
            ParameterDescriptor("column", ja: "系列の列", en: "Series column", .column(.numeric), required: true),
            ParameterDescriptor("moving-average", ja: "区間", en: "Interval", .integer(default: 3), required: true),
        ]) { values in
            SmoothProcedure(column: try values.required("column"), interval: try values.integer("moving-average", default: 3))
        },
        ToolDescriptor(id: "rank", titles: ("順位と百分位数", "Rank and Percentile"),
                       parameters: [ParameterDescriptor("column", ja: "列", en: "Column", .column(.numeric), required: true)]) { values in
            RankProcedure(column: try values.required("column"))
        },
        ToolDescriptor(id: "regress", titles: ("回帰分析", "Regression"), parameters: [
            ParameterDescriptor("y", ja: "目的変数 (Y) の列", en: "Response (Y) column", .column(.numeric), required: true),
            ParameterDescriptor("x", ja: "説明変数 (X) の列 (文字の列は 0/1 の変数に)", en: "Predictor (X) columns (text columns as 0/1 indicators)",
                                .columns(.any), required: true),
            ParameterDescriptor("reference", ja: "文字の説明変数の基準 (列=値、カンマ区切り)", en: "Reference levels of text predictors (COLUMN=LEVEL, comma-separated)", .text),
            ParameterDescriptor("no-intercept", ja: "定数に 0 を使用", en: "Constant is zero", .flag),
            ParameterDescriptor("degree", ja: "多項式の次数 (X が 1 列のとき)", en: "Polynomial degree (one X column)", .integer(default: nil)),
            ParameterDescriptor("confidence", ja: "有意水準 (信頼度 %)", en: "Confidence level (%)", .number(default: 95)),
            ParameterDescriptor("robust", ja: "頑健な標準誤差", en: "Robust standard errors", .choice(["hc1", "hc3"])),
            order,
        ]) { values in
            RegressProcedure(y: try values.required("y"), x: try values.required("x"),
                             reference: values.text("reference").map(ColumnList.split) ?? [],
                             noIntercept: values.flag("no-intercept"), degree: try values.integer("degree"),
                             confidence: try values.number("confidence", default: 95),
                             robust: try values.choice("robust", [("hc1", StandardErrorKind.hc1), ("hc3", .hc3)]), order: orders(values))
        },
        ToolDescriptor(id: "sample", titles: ("サンプリング", "Sampling"), parameters: [
            ParameterDescriptor("column", ja: "列", en: "Column", .column(.numeric), required: true),
            ParameterDescriptor("periodic", ja: "周期 (N 個おき)", en: "Periodic: every N-th value", .integer(default: nil)),
            ParameterDescriptor("random", ja: "ランダム: 標本数", en: "Random: number of samples", .integer(default: nil)),
            ParameterDescriptor("seed", ja: "乱数の種 (同じ種で同じ標本)", en: "Seed (the same seed gives the same sample)", .integer(default: nil)),
        ]) { values in
            let seed = try values.integer("seed")
            guard seed.map({ $0 >= 0 }) ?? true else { throw ProcedureError.notANumber(option: "--seed", text: values.text("seed") ?? "") }
            return SampleProcedure(column: try values.required("column"), periodic: try values.integer("periodic"),
                                   random: try values.integer("random"), seed: seed.map(UInt64.init))
        },
        tTest("ttest-paired", ja: "t 検定: 一対の標本による平均の検定", en: "t-Test: Paired Two Sample for Means", paired: true, equal: false),
        tTest("ttest-equal", ja: "t 検定: 等分散を仮定した 2 標本による検定", en: "t-Test: Two-Sample Assuming Equal Variances",
              paired: false, equal: true),
        tTest("ttest", ja: "t 検定: 分散が等しくないと仮定した 2 標本による検定", en: "t-Test: Two-Sample Assuming Unequal Variances",
              paired: false, equal: false),
        ToolDescriptor(id: "ztest", titles: ("z 検定: 2 標本による平均の検定", "z-Test: Two Sample for Means"), parameters: [
            optionalA, optionalB, value, group, levels,
            ParameterDescriptor("variance-a", ja: "変数 1 の分散 (既知)", en: "Variable 1 variance (known)", .number(default: nil), required: true),
            ParameterDescriptor("variance-b", ja: "変数 2 の分散 (既知)", en: "Variable 2 variance (known)", .number(default: nil), required: true),
            difference, alpha, order,
        ]) { values in
            guard let varianceA = try values.number("variance-a") else { throw ProcedureError.missingSetting(option: "--variance-a") }
            guard let varianceB = try values.number("variance-b") else { throw ProcedureError.missingSetting(option: "--variance-b") }
            return ZTestProcedure(samples: samples(values), alpha: try values.number("alpha", default: 0.05), varianceA: varianceA, varianceB: varianceB,
                                  hypothesizedDifference: try values.number("hypothesized-difference", default: 0))
        },
    ]

    private static let beyond: [ToolDescriptor] = [
        ToolDescriptor(id: "report", titles: ("シート全体の概要", "Overview of the whole sheet"), parameters: [order]) { values in
            ReportProcedure(order: orders(values))
        },
        ToolDescriptor(id: "groups", titles: ("グループ別集計", "Group summary"), parameters: [
            ParameterDescriptor("value", ja: "集計する数値の列", en: "Value column", .column(.numeric), required: true),
            ParameterDescriptor("by", ja: "グループの列 (1〜2 列)", en: "Grouping columns (one or two)", .columns(.text), required: true),
            order,
        ]) { values in
            GroupsProcedure(value: try values.required("value"), by: try values.required("by"), order: orders(values))
        },
        ToolDescriptor(id: "crosstab", titles: ("クロス集計", "Cross tabulation"), parameters: [
            ParameterDescriptor("rows", ja: "行にする列", en: "Row column", .column(.text), required: true),
            ParameterDescriptor("cols", ja: "列にする列", en: "Column column", .column(.text), required: true),
            order,
        ]) { values in
            CrossTabProcedure(rows: try values.required("rows"), cols: try values.required("cols"), order: orders(values))
        },
        ToolDescriptor(id: "normality", titles: ("正規性の確認", "Normality check"), parameters: [
            ParameterDescriptor("columns", ja: "列 (空欄なら数値の列すべて)", en: "Columns (blank: every number column)", .columns(.numeric)),
        ]) { values in
            NormalityProcedure(columns: values.text("columns"))
        },
        ToolDescriptor(id: "anova2-long", titles: ("二元配置分散分析 (1 行に 1 件)", "Two-factor ANOVA (one row per case)"), parameters: [
            ParameterDescriptor("value", ja: "値の列", en: "Value column", .column(.numeric), required: true),
            ParameterDescriptor("factors", ja: "2 つの要因の列", en: "The two factor columns", .columns(.text), required: true),
            ParameterDescriptor("type", ja: "平方和の型", en: "Type of sums of squares", .choice(["2", "3"])),
            ParameterDescriptor("no-interaction", ja: "交互作用を含めない", en: "Leave out the interaction", .flag),
            alpha, order,
        ]) { values in
            TwoFactorAnovaProcedure(value: try values.required("value"), factors: try values.required("factors"),
                                    interaction: !values.flag("no-interaction"),
                                    type: try values.choice("type", [("2", SumsOfSquaresType.typeII), ("3", .typeIII)]) ?? .typeII,
                                    alpha: try values.number("alpha", default: 0.05), order: orders(values))
        },
        ToolDescriptor(id: "logistic", titles: ("ロジスティック回帰", "Logistic regression"), parameters: [
            ParameterDescriptor("y", ja: "はい/いいえ の列 (0/1 または 2 つの値)", en: "Yes/no column (0/1 or two values)", .column(.any), required: true),
            ParameterDescriptor("x", ja: "説明変数の列", en: "Predictor columns", .columns(.any), required: true),
            ParameterDescriptor("event", ja: "「はい」として数える値", en: "The value counted as the event", .text),
            ParameterDescriptor("reference", ja: "文字の説明変数の基準 (列=値、カンマ区切り)", en: "Reference levels of text predictors (COLUMN=LEVEL, comma-separated)", .text),
            order,
        ]) { values in
            LogisticProcedure(y: try values.required("y"), x: try values.required("x"), event: values.text("event"),
                              reference: values.text("reference").map(ColumnList.split) ?? [], order: orders(values))
        },
        ToolDescriptor(id: "mannwhitney", titles: ("マン・ホイットニーの U 検定", "Mann-Whitney U test"), parameters: [
            ParameterDescriptor("a", ja: "標本 1 の列", en: "Sample 1 column", .column(.numeric)),
            ParameterDescriptor("b", ja: "標本 2 の列", en: "Sample 2 column", .column(.numeric)),
            value, group, levels, alpha, order,
        ]) { values in
            MannWhitneyProcedure(samples: samples(values), alpha: try values.number("alpha", default: 0.05))
        },
        ToolDescriptor(id: "wilcoxon", titles: ("ウィルコクソンの符号付き順位検定", "Wilcoxon signed-rank test"), parameters: [a, b, alpha]) { values in
            let (a, b, alpha) = try twoSample(values)
            return WilcoxonProcedure(a: a, b: b, alpha: alpha)
        },
        ToolDescriptor(id: "kruskal", titles: ("クラスカル・ウォリス検定", "Kruskal-Wallis test"),
                       parameters: [groupColumns, value, group, alpha, order]) { values in
            KruskalProcedure(layout: layout(values), alpha: try values.number("alpha", default: 0.05), order: orders(values))
        },
        ToolDescriptor(id: "did", titles: ("差の差分析", "Difference-in-differences"), parameters: [
            ParameterDescriptor("value", ja: "成果の列 (数値)", en: "Outcome column (numbers)", .column(.numeric), required: true),
            ParameterDescriptor("group", ja: "グループの列", en: "Group column", .column(.text), required: true),
            ParameterDescriptor("treated", ja: "施策を受けたグループ", en: "The treated group", .text, required: true),
            ParameterDescriptor("period", ja: "期間の列", en: "Period column", .column(.text), required: true),
            ParameterDescriptor("after", ja: "施策後の期間 (カンマ区切り)", en: "Periods after the measure (comma-separated)", .text, required: true),
            ParameterDescriptor("unit", ja: "単位の列 (同じ人・窓口が繰り返すとき)", en: "Unit column (when units repeat)", .column(.text)),
            order,
        ]) { values in
            DiDProcedure(value: try values.required("value"), group: try values.required("group"), treated: try values.required("treated"),
                         period: try values.required("period"), after: try values.required("after"), unit: values.text("unit"),
                         order: orders(values))
        },
    ]
}
