import Analysis
import Foundation

// The sentences of the Reading / 解釈 sheet for a cross tabulation, in both languages: the one place to
// fix their wording.

/// What a cross tabulation says: whether the two columns are related, how strongly, which cells stand
/// out, and whether the chi-square approximation can be trusted.
struct CrossTabReading {
    /// |adjusted residual| above this marks a cell as clearly more or less frequent than independence predicts (5 %, two-sided).
    static let residualLimit = 1.96

    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, table: CrossTabulation, rowName: String, columnName: String) {
        let p = ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: table.pValue), isBelowThousandth: table.pValue < 0.001)
        let chi = NumberFormat.significant(table.chiSquare, digits: 3).approximateDisplay(of: table.chiSquare)
        let v = NumberFormat.decimals(2).approximateDisplay(of: table.cramersV)
        findings.append(Self.hypotheses(rowName, columnName, language))
        findings.append(ReadingSentences.decisionRule(.association, level: "5%", language))
        findings.append(Self.verdict(rowName, columnName, chi: chi, df: table.degreesOfFreedom, p: p, v: v,
                                     related: table.pValue < ReadingLayout.significanceLevel, language))
        if let shares = Self.shareDifference(table, language) { findings.append(shares) }
        for i in table.rowLabels.indices {
            for j in table.columnLabels.indices where abs(table.adjustedResiduals[i][j]) > Self.residualLimit {
                findings.append(Self.standsOut(row: table.rowLabels[i], column: table.columnLabels[j],
                                               more: table.adjustedResiduals[i][j] > 0, language))
            }
        }
        if table.cellsWithExpectedBelowFive > 0 {
            let fisher = table.fisher.map { ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: $0.pTwoSided),
                                                                    isBelowThousandth: $0.pTwoSided < 0.001) }
            warnings.append(Self.smallExpected(table.cellsWithExpectedBelowFive, fisher: fisher, language))
        }
        for labels in [table.rowLabels, table.columnLabels] {
            let byTrimmed = Dictionary(grouping: labels) { $0.trimmingCharacters(in: .whitespaces) }
            for variants in byTrimmed.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }) {
                warnings.append(Self.spacingVariants(variants, language))
            }
        }
        if !table.droppedRows.isEmpty { warnings.append(ReadingSentences.rowsDropped(table.droppedRows.count, language)) }
        warnings.append(Labels.Notes.associationIsNotCause.text(language))
    }

    /// In a 2×2 table, the difference between the rows' shares of the first column in percentage points, with its
    /// 95% (Wald) interval, kept within ±100: the size of the association in the data's units.
    private static func shareDifference(_ table: CrossTabulation, _ language: Language) -> String? {
        guard table.observed.count == 2, table.observed.allSatisfy({ $0.count == 2 }),
              table.rowTotals.count == 2, table.rowTotals.allSatisfy({ $0 > 0 }) else { return nil }
        let n = table.rowTotals.map(Double.init)
        let p = [0, 1].map { Double(table.observed[$0][0]) / n[$0] }
        let difference = (p[0] - p[1]) * 100
        let half = 1.959963984540054 * (p[0] * (1 - p[0]) / n[0] + p[1] * (1 - p[1]) / n[1]).squareRoot() * 100
        guard half.isFinite else { return nil }
        let points = { (x: Double) in NumberFormat.decimals(1).approximateDisplay(of: x) }
        let (lower, upper) = (max(-100, difference - half), min(100, difference + half))
        let contains = lower <= 0 && 0 <= upper
        let (rows, column) = (table.rowLabels, table.columnLabels[0])
        let shares = language == .en
            ? "The share of \(column) is \(points(p[0] * 100))% in \(rows[0]) and \(points(p[1] * 100))% in \(rows[1]), a difference of \(points(difference)) percentage points."
            : "\(column) の割合は \(rows[0]) で \(points(p[0] * 100))%、\(rows[1]) で \(points(p[1] * 100))% で、差は \(points(difference)) ポイントです。"
        let quantity = language == .en ? "the difference in shares (percentage points)" : "割合の差 (ポイント)"
        return shares + (language == .en ? " " : "") + ReadingSentences.interval(quantity, level: "95%", lower: points(lower), upper: points(upper), nullValue: "0",
                                                        containsNull: contains, largest: contains ? points(max(abs(lower), abs(upper))) : nil,
                                                        language)
    }

    private static func hypotheses(_ rows: String, _ columns: String, _ language: Language) -> String {
        switch language {
        case .en:
            return ReadingSentences.hypotheses(null: "\(rows) and \(columns) are independent (the shares of \(columns) are the same for every \(rows))",
                                               alternative: "they are not (the shares differ)", language)
        case .ja:
            return ReadingSentences.hypotheses(null: "\(rows) と \(columns) は独立 (どの \(rows) でも \(columns) の割合は同じ)",
                                               alternative: "独立ではない (割合が異なる)", language)
        }
    }

    private static func verdict(_ rows: String, _ columns: String, chi: String, df: Int, p: String, v: String,
                                related: Bool, _ language: Language) -> String {
        let verdict = ReadingSentences.verdict(.association, significant: related, level: "5%", language)
        switch language {
        case .en:
            return "\(rows) by \(columns): χ² = \(chi), df = \(df), \(p); Cramér's V = \(v) (0 = independent, 1 = fully determined): \(verdict)."
        case .ja:
            return "\(rows) と \(columns): χ² = \(chi)、自由度 \(df)、\(p)、クラメールの V = \(v) (0 = 独立、1 = 完全に対応)。\(verdict)。"
        }
    }

    private static func standsOut(row: String, column: String, more: Bool, _ language: Language) -> String {
        switch language {
        case .en: return "\(row) × \(column) occurs \(more ? "more" : "less") often than expected if the two were independent (|adjusted residual| > 1.96)."
        case .ja: return "\(row) × \(column) は、独立な場合の期待度数より\(more ? "多く" : "少なく")現れています (調整済み標準化残差の絶対値 > 1.96)。"
        }
    }

    private static func spacingVariants(_ labels: [String], _ language: Language) -> String {
        let quoted = labels.map { language == .ja ? "「\($0)」" : "\"\($0)\"" }
        switch language {
        case .en: return "The categories \(ReadingList.joined(quoted, .en)) differ only in spaces and are counted apart; correct the cells if they mean the same."
        case .ja: return "\(ReadingList.joined(quoted, .ja)) は空白だけが違うため別のカテゴリとして数えています。同じ意味ならセルを直してください。"
        }
    }

    private static func smallExpected(_ cells: Int, fisher: String?, _ language: Language) -> String {
        switch language {
        case .en:
            let alternative = fisher.map { " Fisher's exact test, which needs no approximation, gives \($0)." } ?? ""
            return "\(cells) cell\(cells == 1 ? " has" : "s have") an expected count below 5, so the chi-square p-value is only approximate.\(alternative)"
        case .ja:
            let alternative = fisher.map { "近似を使わないフィッシャーの正確確率検定では \($0) です。" } ?? ""
            return "期待度数が 5 未満のセルが \(cells) 個あるため、カイ二乗検定の P 値は近似にすぎません。\(alternative)"
        }
    }
}
