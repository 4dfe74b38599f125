extension Labels {
    /// Titles and headings of the charts on the ANOVA, cross tabulation, group summary and correlation
    /// sheets (the ToolPak draws none there, so worded by us), and the period headers of a date column's histogram.
    public enum Charts: BilingualLabel, CaseIterable {
        case groupMeans, interactionPlot, cellMeans, count, value, month, year, pareto

        public var texts: (en: String, ja: String) {
            switch self {
            case .groupMeans: ("Mean per group", "グループ別の平均")
            case .interactionPlot: ("Interaction plot (cell means)", "交互作用プロット (セル平均)")
            case .cellMeans: ("Cell means (data of the chart)", "セル平均 (グラフのデータ)")
            case .count: ("Count", "度数")
            case .value: ("Value", "値")
            case .month: ("Month", "年月")
            case .year: ("Year", "年")
            case .pareto: ("Pareto chart", "パレート図")
            }
        }
    }
}
