// The sentences of the Reading / 解釈 sheet for Rank and Percentile, in both languages: the one place
// to fix their wording.
import Analysis

/// What a ranking says in plain words: the largest and smallest values, how ties and percents are counted.
struct RankPercentileReading {
    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, ranking: RankAndPercentile) {
        // Values of the data, with the data's own decimals as the sheet shows them (NumberFormat.swift).
        let entered = NumberFormat.measured(dataDecimals: NumberFormat.dataDecimals(of: ranking.rows.map(\.value)), extra: 0)
        let show = { (value: Double) in NumberFormat.reading(value, format: entered) }
        // Tied smallest values are named by the first of them in the input.
        if let top = ranking.rows.first, let last = ranking.rows.last,
           let bottom = ranking.rows.first(where: { $0.value == last.value }) {
            findings.append(Self.extremes(name: ranking.name, count: ranking.rows.count, top: show(top.value), topPoint: top.point,
                                          bottom: show(bottom.value), bottomPoint: bottom.point, language))
        }
        let tied = Dictionary(grouping: ranking.rows, by: \.rank).values.filter { $0.count > 1 }.count
        if tied > 0 { warnings.append(Self.ties(tied, language)) }
        warnings.append(Self.percentRule(language))
    }

    private static func extremes(name: String, count: Int, top: String, topPoint: Int, bottom: String, bottomPoint: Int,
                                 _ language: Language) -> String {
        switch language {
        case .en: return "\(name): \(count) values; the largest is \(top) (point \(topPoint)), the smallest \(bottom) (point \(bottomPoint))."
        case .ja: return "\(name): \(count) 個の値のうち、最大は \(top) (ポイント \(topPoint))、最小は \(bottom) (ポイント \(bottomPoint)) です。"
        }
    }

    private static func ties(_ groups: Int, _ language: Language) -> String {
        switch language {
        case .en: return "\(groups) group\(groups == 1 ? "" : "s") of equal values share the best rank (RANK.EQ), so some ranks are skipped."
        case .ja: return "同じ値が \(groups) 組あり、RANK.EQ により上位の順位を共有するため、飛ばされる順位があります。"
        }
    }

    private static func percentRule(_ language: Language) -> String {
        switch language {
        case .en: return "Percent is PERCENTRANK.INC: the share of the other values below this one, truncated (not rounded) to 3 digits."
        case .ja: return "百分率は PERCENTRANK.INC で、その値より小さい値の割合を 3 桁で切り捨てたもの (四捨五入ではありません) です。"
        }
    }
}
