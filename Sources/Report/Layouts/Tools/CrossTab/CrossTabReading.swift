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
                                     related: table.pValue < ReadingLayout.significanceLevel,
                                     unreliable: Self.approximationFails(table), language))
        let related = table.pValue < ReadingLayout.significanceLevel
        if related, table.cramersV < Self.weakV { findings.append(Self.weakButSignificant(n: table.total, language)) }
        if let shares = Self.shareDifference(table, language) {
            findings.append(shares)
        } else if related, let extremes = Self.rowShareExtremes(table, language) {
            findings.append(extremes)
        }
        // Cells are read only when the whole table departs from independence: on a 15×5 table a few of 75 residuals
        // pass ±1.96 by chance alone, and naming them would read noise as findings.
        var outstanding: (more: [String], less: [String]) = ([], [])
        for i in table.rowLabels.indices {
            for j in table.columnLabels.indices where abs(table.adjustedResiduals[i][j]) > Self.residualLimit {
                let cell = "\(table.rowLabels[i]) × \(table.columnLabels[j])"
                if table.adjustedResiduals[i][j] > 0 { outstanding.more.append(cell) } else { outstanding.less.append(cell) }
            }
        }
        if related {
            for (cells, more) in [(outstanding.more, true), (outstanding.less, false)] where !cells.isEmpty {
                findings.append(Self.standOut(cells, more: more, language))
            }
        } else if !outstanding.more.isEmpty || !outstanding.less.isEmpty {
            findings.append(Self.cellsNotRead(outstanding.more.count + outstanding.less.count, language))
        }
        if table.cellsWithExpectedBelowFive > 0 {
            let fisher = table.fisher.map { ReadingSentences.pValue(NumberFormat.decimals(3).approximateDisplay(of: $0.pTwoSided),
                                                                    isBelowThousandth: $0.pTwoSided < 0.001) }
            let cells = table.rowLabels.count * table.columnLabels.count
            warnings.append(Self.smallExpected(table.cellsWithExpectedBelowFive, of: cells, fisher: fisher, language))
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

    /// Column categories whose row shares a reading names; past this the sentence would outgrow its use.
    static let shareColumnLimit = 4
    /// Rows with fewer cases are not named as highest or lowest: one stray row (`50代 ` typed with a space) would
    /// be 100% or 0% of anything.
    static let shareRowMinimum = 10

    /// Beyond 2×2, when the rows' shares differ: for each column category (up to `shareColumnLimit`), the row in
    /// which it makes up the largest and the smallest share (the row percentages table), so the reader sees where
    /// the difference lies in the data's own terms.
    private static func rowShareExtremes(_ table: CrossTabulation, _ language: Language) -> String? {
        let rows = table.rowLabels.indices.filter { table.rowTotals[$0] >= shareRowMinimum }
        guard rows.count >= 2, table.columnLabels.count <= shareColumnLimit else { return nil }
        let percent = { (x: Double) in NumberFormat.percent(1).approximateDisplay(of: x) }
        let clauses = table.columnLabels.indices.compactMap { j -> String? in
            let share = { (i: Int) in Double(table.observed[i][j]) / Double(table.rowTotals[i]) }
            guard let high = rows.max(by: { share($0) < share($1) }),
                  let low = rows.min(by: { share($0) < share($1) }), share(high) > share(low) else { return nil }
            let (column, highRow, lowRow) = (table.columnLabels[j], table.rowLabels[high], table.rowLabels[low])
            return language == .en
                ? "\(column) is most common in \(highRow) (\(percent(share(high)))) and least in \(lowRow) (\(percent(share(low))))"
                : "「\(column)」の割合が最も高いのは \(highRow) (\(percent(share(high))))、最も低いのは \(lowRow) (\(percent(share(low))))"
        }
        guard !clauses.isEmpty else { return nil }
        let small = rows.count < table.rowLabels.count
        return language == .en
            ? "In the row percentages\(small ? " (rows of \(shareRowMinimum) or more)" : ""), " + clauses.joined(separator: "; ") + "."
            : "行の構成比\(small ? " (\(shareRowMinimum) 件以上の行) " : "")では、" + clauses.map { $0 + " です。" }.joined()
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
                                related: Bool, unreliable: Bool, _ language: Language) -> String {
        let verdict = ReadingSentences.verdict(.association, significant: related, level: "5%", language)
        // Where the chi-square approximation fails, V (computed from χ²) is not quoted as a size.
        switch language {
        case .en:
            let size = unreliable ? "" : "; Cramér's V = \(v) (0 = independent, 1 = fully determined)"
            return "\(rows) by \(columns): χ² = \(chi), df = \(df), \(p)\(size): \(verdict)."
        case .ja:
            let size = unreliable ? "" : "、クラメールの V = \(v) (0 = 独立、1 = 完全に対応)"
            return "\(rows) と \(columns): χ² = \(chi)、自由度 \(df)、\(p)\(size)。\(verdict)。"
        }
    }

    /// Cochran's rule: the chi-square approximation holds when at most 20% of the expected counts are below 5.
    static let smallExpectedShareLimit = 0.2
    /// Below this V an association reads as weak; when it is also significant the reading says why both hold.
    static let weakV = 0.2

    /// Whether more than 20% of the cells expect fewer than 5 (Cochran's rule), so χ², its p and V are not to be trusted.
    static func approximationFails(_ table: CrossTabulation) -> Bool {
        let cells = table.rowLabels.count * table.columnLabels.count
        return cells > 0 && Double(table.cellsWithExpectedBelowFive) > smallExpectedShareLimit * Double(cells)
    }

    private static func weakButSignificant(n: Int, _ language: Language) -> String {
        let count = NumberFormat.integer.approximateDisplay(of: Double(n))
        switch language {
        case .en:
            return "The association is weak (Cramér's V below \(weakV)), yet with n = \(count) even a weak association is told apart from independence: significant means the shares differ, not that they differ much."
        case .ja:
            return "関連は弱い (クラメールの V が \(weakV) 未満) ものの、n = \(count) と多いため独立とは区別できます。有意とは「割合が異なる」という意味で、大きく異なるという意味ではありません。"
        }
    }

    private static func standOut(_ cells: [String], more: Bool, _ language: Language) -> String {
        let list = ReadingList.joined(cells, language)
        switch language {
        case .en:
            return "\(list) occur\(cells.count == 1 ? "s" : "") \(more ? "more" : "less") often than expected if the two were independent (adjusted residual \(more ? "above 1.96" : "below −1.96"), each at the 5% level)."
        case .ja:
            return "\(list) は、独立な場合の期待度数より\(more ? "多く" : "少なく")現れています (調整済み標準化残差が \(more ? "1.96 より大きい" : "−1.96 より小さい")、それぞれ 5% 水準)。"
        }
    }

    private static func cellsNotRead(_ count: Int, _ language: Language) -> String {
        switch language {
        case .en:
            return "\(count) cell\(count == 1 ? "'s" : "s'") adjusted residual\(count == 1 ? " is" : "s are") beyond ±1.96, but as the table as a whole is not significant they are not read one by one: with many cells some pass ±1.96 by chance alone."
        case .ja:
            return "調整済み標準化残差が ±1.96 を超えるセルが \(count) 個ありますが、表全体の検定が有意ではないため個々のセルは解釈しません (セルが多いと偶然だけでも ±1.96 を超えるものが出ます)。"
        }
    }

    private static func spacingVariants(_ labels: [String], _ language: Language) -> String {
        let quoted = labels.map { language == .ja ? "「\($0)」" : "\"\($0)\"" }
        switch language {
        case .en: return "The categories \(ReadingList.joined(quoted, .en)) differ only in spaces and are counted apart; correct the cells if they mean the same."
        case .ja: return "\(ReadingList.joined(quoted, .ja)) は空白だけが違うため別のカテゴリとして数えています。同じ意味ならセルを直してください。"
        }
    }

    /// The share of cells expecting fewer than 5, what it means for χ² (and V), and what to do: Fisher's exact test for a
    /// 2×2 table (its p given), otherwise merging sparse categories.
    private static func smallExpected(_ small: Int, of cells: Int, fisher: String?, _ language: Language) -> String {
        let share = NumberFormat.percent(0).approximateDisplay(of: Double(small) / Double(max(1, cells)))
        let fails = Double(small) > smallExpectedShareLimit * Double(cells)
        switch language {
        case .en:
            let meaning = fails
                ? "more than 20%, so the chi-square p-value and Cramér's V cannot be trusted."
                : "at most 20%, so the chi-square p-value is approximate but usable."
            let remedy = fisher.map { " Fisher's exact test, which needs no approximation, gives \($0)." }
                ?? " Merge rare categories (e.g. small sections into one) and tabulate again."
            return "\(small) of \(cells) cells (\(share)) have an expected count below 5: \(meaning)\(fails || fisher != nil ? remedy : "")"
        case .ja:
            let meaning = fails
                ? "20% を超えるため、カイ二乗検定の P 値とクラメールの V は信頼できません。"
                : "20% 以下なので、カイ二乗検定の P 値は近似ですが使えます。"
            let remedy = fisher.map { "近似を使わないフィッシャーの正確確率検定では \($0) です。" }
                ?? "少ないカテゴリをまとめて (例: 小さな課を 1 つにして) 集計し直してください。"
            return "期待度数が 5 未満のセルが \(cells) 個中 \(small) 個 (\(share)) あり、\(meaning)\(fails || fisher != nil ? remedy : "")"
        }
    }
}
