extension Labels {
    /// The evidence worksheet (根拠シート) of `bunseki ebpm-sheet`: from the problem to how the effect is measured.
    public enum EvidenceSheet: BilingualLabel, CaseIterable {
        case sheet, title, instructions, hintHead
        case problem, currentState, problemStatement, hypothesis, hypothesisText
        case logicModel, stage, content, indicator, dataSource, unit
        case inputs, activities, outputs, outcomes, impact
        case data, dataFile, dataScope, analysis, tool, columns
        case results, resultItem, resultValue, resultSource, resultReading
        case proposal, proposalText, effect, design, effectIndicator, timing
        case designDiD, designBeforeAfter, designComparison

        public var texts: (en: String, ja: String) {
            switch self {
            case .sheet: ("Evidence", "根拠シート")
            case .title: ("Evidence worksheet: from the problem to measuring the effect", "根拠シート：課題から効果の測り方まで")
            case .instructions: ("Fill in the yellow cells; the hints on the right give examples. Prints on one A4 landscape page.",
                                 "黄色のセルに記入します。右のヒントが例です。A4 横 1 枚に印刷できます。")
            case .hintHead: ("Hint", "ヒント")
            case .problem: ("1. Problem", "1. 課題")
            case .currentState: ("Current state (a number)", "現状（数値で）")
            case .problemStatement: ("What is the problem", "何が問題か")
            case .hypothesis: ("2. Hypothesis", "2. 仮説")
            case .hypothesisText: ("Cause and remedy", "原因と対策")
            case .logicModel: ("3. Logic model", "3. ロジックモデル")
            case .stage: ("Stage", "段階")
            case .content: ("What", "内容")
            case .indicator: ("Indicator", "指標")
            case .dataSource: ("Data source", "データの出所")
            case .unit: ("Unit", "単位")
            case .inputs: ("Inputs", "インプット")
            case .activities: ("Activities", "活動")
            case .outputs: ("Outputs", "アウトプット")
            case .outcomes: ("Outcomes", "アウトカム")
            case .impact: ("Impact", "インパクト")
            case .data: ("4. Data", "4. データ")
            case .dataFile: ("File and sheet", "ファイル・シート")
            case .dataScope: ("Period, scope, rows", "期間・対象・件数")
            case .analysis: ("5. Analysis", "5. 分析")
            case .tool: ("Tool (command)", "ツール（コマンド）")
            case .columns: ("Columns", "使う列")
            case .results: ("6. Results", "6. 結果")
            case .resultItem: ("Figure", "項目")
            case .resultValue: ("Value", "値")
            case .resultSource: ("Source (file, sheet, cell)", "出所（ファイル・シート・セル）")
            case .resultReading: ("What it says", "読み取り")
            case .proposal: ("7. Proposed measure", "7. 施策案")
            case .proposalText: ("Who does what, by when", "誰が・何を・いつまでに")
            case .effect: ("8. Measuring the effect", "8. 効果の測り方")
            case .design: ("Design", "設計")
            case .effectIndicator: ("Indicator", "指標")
            case .timing: ("When to measure", "測る時期")
            case .designDiD: ("Difference-in-differences (DiD)", "差の差分析 (DiD)")
            case .designBeforeAfter: ("Before/after", "前後比較")
            case .designComparison: ("Comparison with another group", "比較群との比較")
            }
        }
    }

    /// The hints beside the evidence worksheet's input cells: short examples from one case (waiting times at a counter).
    public enum EvidenceHint: BilingualLabel, CaseIterable {
        case currentState, problemStatement, hypothesis
        case inputs, activities, outputs, outcomes, impact
        case dataFile, dataScope, tool, columns, results, proposal, design, effectIndicator, timing

        public var texts: (en: String, ja: String) {
            switch self {
            case .currentState: ("e.g. mean waiting time at branch A: 24 minutes (FY2023, 300 visitors)",
                                 "例: A支所の窓口の平均待ち時間は 24 分（2023年度、来庁者 300 人）")
            case .problemStatement: ("e.g. visitors wait long; staff work overtime at peak times",
                                     "例: 来庁者の待ち時間が長く、繁忙期は職員の残業も増える")
            case .hypothesis: ("e.g. filling in the form takes the time; forms pre-filled online would cut the wait",
                               "例: 申請書の記入に時間がかかる。オンラインで記入済みの申請書を用意すれば待ち時間が減る")
            case .inputs: ("Money, staff, systems put in", "投入する予算・人員・システム（例: 改修費 300 万円）")
            case .activities: ("What is done", "行うこと（例: 記入済み申請書のオンライン作成を始める）")
            case .outputs: ("What the activity produces (counted)", "活動の量（例: オンライン作成の件数／月）")
            case .outcomes: ("The change for residents (the indicator to measure)", "住民に起きる変化＝測る指標（例: 平均待ち時間 分）")
            case .impact: ("The long-term aim", "長期の目的（例: 窓口の満足度、職員の残業時間）")
            case .dataFile: ("e.g. waiting_times.xlsx, sheet 記録", "例: 待ち時間記録.xlsx のシート「記録」")
            case .dataScope: ("e.g. all offices, 2023–2024 by half-year, 70 rows", "例: 全窓口、2023〜2024年の半期ごと、70 行")
            case .tool: ("e.g. bunseki did (describe, ttest, regress, …)", "例: bunseki did（describe、ttest、regress など）")
            case .columns: ("e.g. value 待ち時間, group 窓口, period 期間", "例: 値 待ち時間、群 窓口、期間 期間")
            case .results: ("The key figures with their source; write what each says (not significant: the data cannot tell)",
                            "主な数値と出所。読み取りを書く（有意でないときは「差があるとは言えない」）")
            case .proposal: ("e.g. extend pre-filled forms to every office from April", "例: 4 月から全支所で記入済み申請書を導入する")
            case .design: ("DiD is strongest without random assignment: compare with offices that did not start",
                           "無作為に割り当てないなら差の差が最も確か：導入しない窓口と比べる")
            case .effectIndicator: ("The outcome indicator from the logic model, with its unit", "ロジックモデルのアウトカム指標と単位")
            case .timing: ("Before the start and at least one period after, the same way each time",
                           "開始前と開始後（少なくとも 1 期）に同じ方法で")
            }
        }
    }
}
