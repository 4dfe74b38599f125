import Foundation
import Analysis

/// The Reading sheet's sentences for `bunseki did`. A result that is not significant is read as
/// "cannot say there is an effect", never as "no effect", and always with its interval.
struct DiDReading {
    var findings: [String] = []
    var warnings: [String] = []

    static func whyTreatedChangeIsWeaker(_ l: Language) -> String {
        l == .en ? "It credits the measure with every change over time (season, economy, other measures) that the comparison group would show too."
            : "時間とともに起きる変化 (季節、景気、ほかの施策) まで施策の効果に数えてしまいます。比較群も同じように変わったかもしれません。"
    }

    static func whyAfterDifferenceIsWeaker(_ l: Language) -> String {
        l == .en ? "It credits the measure with any difference the groups already had before it."
            : "施策の前から両群にあった差まで施策の効果に数えてしまいます。"
    }

    init(language l: Language, result: DifferenceInDifferences, alpha: Double, treatedLevel: String, afterLevels: [String]) {
        let q = { (v: Double) in NumberFormat.significant(v, digits: 3).approximateDisplay(of: v) }
        let e = result.primary
        let level = String(format: "%g", result.confidenceLevel * 100)
        let interval = "[\(e.lower.map(q) ?? "—"), \(e.upper.map(q) ?? "—")]"
        let kind: String = switch result.primaryKind {
        case .cluster: l == .en ? "cluster-robust by unit" : "単位ごとのクラスター頑健"
        case .hc1: l == .en ? "robust (HC1)" : "頑健 (HC1)"
        case .classical: l == .en ? "classical" : "通常"
        }
        let p = e.pValue.map { $0 < 0.001 ? "p < 0.001" : "p = \(q($0))" } ?? "p = —"
        let v = result.valueName
        findings.append(l == .en
            ? "In \(treatedLevel), \(v) changed by \(q(result.treatedAfter.mean - result.treatedBefore.mean)) from before to after; in the comparison group by \(q(result.comparisonAfter.mean - result.comparisonBefore.mean)). The difference of these changes (difference-in-differences) is \(q(result.estimate))."
            : "\(treatedLevel) (処置群) の \(v) は事前から事後に \(q(result.treatedAfter.mean - result.treatedBefore.mean)) 変化し、比較群は \(q(result.comparisonAfter.mean - result.comparisonBefore.mean)) 変化しました。この変化の差 (差の差) は \(q(result.estimate)) です。")
        let significant = (e.pValue ?? 1) < alpha
        if significant {
            findings.append(l == .en
                ? "With \(kind) standard errors, \(p) and the \(level)% interval is \(interval): it does not contain 0, so the data show an effect of the measure of about \(q(result.estimate)) — provided the assumption below holds."
                : "\(kind)標準誤差で \(p)、\(level)% 信頼区間は \(interval) で 0 を含みません。下の仮定が成り立つなら、施策の効果はおよそ \(q(result.estimate)) と言えます。")
        } else {
            findings.append(l == .en
                ? "With \(kind) standard errors, \(p) and the \(level)% interval is \(interval), which contains 0: we cannot say the measure had an effect (the data cannot decide). This is not evidence of no effect: effects anywhere in the interval fit the data."
                : "\(kind)標準誤差で \(p)、\(level)% 信頼区間は \(interval) で 0 を含みます。効果があるとは言えない（データからは判断できない）結果です。「効果がない」という意味ではなく、区間内のどの大きさの効果もデータと矛盾しません。")
        }
        findings.append(l == .en
            ? "Assumption (parallel trends): without the measure, \(treatedLevel) would have changed as much as the comparison group. The estimate is the measure's effect only if this holds; it cannot be checked for the period after."
            : "仮定 (平行トレンド): 施策がなければ \(treatedLevel) も比較群と同じだけ変化していたはず、という仮定です。これが成り立つときだけ、差の差を施策の効果と読めます。事後の期間については確かめられません。")
        if let pre = result.preTrend, let t = pre.estimates.first(where: { $0.kind == result.primaryKind }) ?? pre.estimates.first {
            let tp = t.pValue ?? 1
            let preInterval = "[\(t.lower.map(q) ?? "—"), \(t.upper.map(q) ?? "—")]"
            if tp < alpha {
                warnings.append(l == .en
                    ? "Before the measure the groups already moved apart: the difference in slopes is \(q(t.estimate)) per period (\(level)% interval \(preInterval), p = \(q(tp))). The parallel-trends assumption is doubtful, so the estimate may not be the measure's effect."
                    : "施策の前から両群の動きが違っています。1 期あたりの傾きの差は \(q(t.estimate)) (\(level)% 信頼区間 \(preInterval)、p = \(q(tp))) です。平行トレンドの仮定は疑わしく、差の差を施策の効果とは読めないおそれがあります。")
            } else {
                findings.append(l == .en
                    ? "Before the measure the slopes differ by \(q(t.estimate)) per period (\(level)% interval \(preInterval)): no clear sign of diverging trends over \(pre.periods) periods, which supports — but cannot prove — the assumption. Look at the chart too."
                    : "施策前の 1 期あたりの傾きの差は \(q(t.estimate)) (\(level)% 信頼区間 \(preInterval)) で、\(pre.periods) 期間では傾向がずれている明らかな兆候はありません。仮定を支える材料ですが、証明にはなりません。グラフでも確かめてください。")
            }
        } else {
            warnings.append(l == .en
                ? "Only one period before the measure: whether the groups moved in parallel beforehand cannot be checked. Data for more periods before would make the estimate more convincing."
                : "施策前の期間が 1 つだけなので、事前に両群が平行に動いていたかを確かめられません。施策前の期間のデータが増えると推定の説得力が増します。")
        }
        findings.append(l == .en
            ? "Weaker designs: the treated group's before/after change alone is \(q(result.treatedChange.estimate)); the difference from the comparison group after the measure alone is \(q(result.afterDifference.estimate)). \(Self.whyTreatedChangeIsWeaker(l)) \(Self.whyAfterDifferenceIsWeaker(l))"
            : "より弱い設計: 処置群の前後比較だけなら \(q(result.treatedChange.estimate))、事後の比較群との差だけなら \(q(result.afterDifference.estimate)) です。前後比較は\(Self.whyTreatedChangeIsWeaker(l)) 事後比較は\(Self.whyAfterDifferenceIsWeaker(l))")
        if result.clusters == nil {
            warnings.append(l == .en
                ? "Without --unit every row counts as independent. If the same people or offices appear in several periods, give --unit so the standard errors allow for it."
                : "--unit を指定していないため、各行を独立とみなしています。同じ人や窓口が複数の期間に現れるなら --unit を指定してください (標準誤差がそれを考慮します)。")
        }
    }
}
