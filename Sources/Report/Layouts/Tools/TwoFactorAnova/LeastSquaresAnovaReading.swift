import Analysis

// The sentences of the two-factor ANOVA of long-format data, in both languages: the one place to fix
// their wording.

/// What a two-factor ANOVA of long-format data says in plain words: the interaction first (it decides
/// whether the factors can be read one at a time), each factor's effect, the extreme cells; and the
/// warning that with unequal cell sizes the type of the sums of squares matters.
struct LeastSquaresAnovaReading {
    private(set) var findings: [String] = []
    private(set) var warnings: [String] = []

    init(language: Language, anova: LeastSquaresTwoWayANOVA) {
        let level = FormulaNumber.text(anova.alpha * 100) + "%"
        let table = anova.table
        let names = (anova.first.name, anova.second.name)
        findings += TwoFactorAnovaReading.opening(interaction: anova.interaction != nil, alpha: anova.alpha, language)
        if let source = anova.interaction, let test = TwoFactorAnovaReading.test(source, alpha: anova.alpha) {
            findings.append(Self.interaction(names, test: test, level: level, language))
        }
        for (source, levels) in [(anova.first, table.firstLevels), (anova.second, table.secondLevels)] {
            guard let test = TwoFactorAnovaReading.test(source, alpha: anova.alpha) else { continue }
            findings.append(Self.effect(source.name, levels: levels, test: test, level: level, language))
        }
        let cells = table.cells.enumerated().flatMap { i, row in
            row.enumerated().compactMap { j, cell in
                cell.mean.map { (name: "\(table.firstLevels[i]) × \(table.secondLevels[j])", mean: $0, count: cell.count) }
            }
        }
        if let highest = cells.max(by: { $0.mean < $1.mean }), let lowest = cells.min(by: { $0.mean < $1.mean }) {
            findings.append(Self.extremes(highest, lowest, value: anova.valueName, language))
        }
        let counts = table.cells.joined().map(\.count)
        if let fewest = counts.min(), let most = counts.max(), fewest != most {
            warnings.append(Self.unequalCells(fewest: fewest, most: most, type: anova.sumsOfSquares, language))
        }
        if !anova.droppedRows.isEmpty { warnings.append(ReadingSentences.rowsDropped(anova.droppedRows.count, language)) }
        warnings.append(Labels.Notes.significanceIsNotSize.text(language))
    }

    /// The note under the ANOVA table: where the sums of squares come from.
    static func sumsOfSquaresNote(_ anova: LeastSquaresTwoWayANOVA, _ language: Language) -> String {
        let type = (anova.sumsOfSquares == .typeII ? Labels.LeastSquaresAnova.sumsOfSquaresTypeII : .sumsOfSquaresTypeIII)
            .text(language)
        switch language {
        case .en:
            return "The SS of the factors, the interaction and the error are \(type) sums of squares from a least-squares fit of the linear model; Excel has no function for them, so they are values, not formulas. With unequal cell sizes they need not add up to the Total."
        case .ja:
            return "要因・交互作用・誤差の変動は、線形モデルの最小二乗法による\(type) の平方和です。Excel にはこれを求める関数がないため、数式ではなく値で示しています。セルごとの行数が異なるときは、合計と一致しません。"
        }
    }

    private typealias Test = (f: String, p: String, significant: Bool)

    private static func interaction(_ names: (String, String), test: Test, level: String, _ language: Language) -> String {
        switch language {
        case .en:
            return test.significant
                ? "The interaction of \(names.0) and \(names.1) is significant at the \(level) level (F = \(test.f), \(test.p)): the effect of one factor depends on the level of the other, so compare the cell averages rather than the totals."
                : TwoFactorAnovaReading.interactionNotShown("\(names.0) and \(names.1)", f: test.f, p: test.p, level: level, .en)
        case .ja:
            return test.significant
                ? "\(names.0)と\(names.1)の交互作用は \(level) 水準で有意です (F = \(test.f)、\(test.p))。一方の要因の効果がもう一方の水準によって異なるため、合計ではなく各セルの平均を比べてください。"
                : TwoFactorAnovaReading.interactionNotShown("\(names.0)と\(names.1)", f: test.f, p: test.p, level: level, .ja)
        }
    }

    private static func effect(_ factor: String, levels: [String], test: Test, level: String, _ language: Language) -> String {
        switch language {
        case .en:
            return test.significant
                ? "\(factor): the means of \(ReadingList.joined(levels, .en)) differ significantly at the \(level) level (F = \(test.f), \(test.p))."
                : "\(factor): the means of \(ReadingList.joined(levels, .en)) (F = \(test.f), \(test.p)): \(ReadingSentences.verdict(.difference, significant: false, level: level, .en))."
        case .ja:
            return test.significant
                ? "\(factor): \(ReadingList.joined(levels, .ja)) の平均には \(level) 水準で有意な差があります (F = \(test.f)、\(test.p))。"
                : "\(factor): \(ReadingList.joined(levels, .ja)) の平均 (F = \(test.f)、\(test.p)): \(ReadingSentences.verdict(.difference, significant: false, level: level, .ja))。"
        }
    }

    private static func extremes(_ highest: (name: String, mean: Double, count: Int), _ lowest: (name: String, mean: Double, count: Int),
                                 value: String, _ language: Language) -> String {
        let quoted = { (x: Double) in NumberFormat.significant(x, digits: 3).approximateDisplay(of: x) }
        switch language {
        case .en:
            return "The highest average \(value) is in \(highest.name) (\(quoted(highest.mean)), n = \(highest.count)), the lowest in \(lowest.name) (\(quoted(lowest.mean)), n = \(lowest.count))."
        case .ja:
            return "\(value)の平均が最も高いのは \(highest.name) (\(quoted(highest.mean))、n = \(highest.count))、最も低いのは \(lowest.name) (\(quoted(lowest.mean))、n = \(lowest.count)) です。"
        }
    }

    private static func unequalCells(fewest: Int, most: Int, type: SumsOfSquaresType, _ language: Language) -> String {
        switch (language, type) {
        case (.en, .typeII):
            return "The cells hold different numbers of rows (\(fewest) to \(most)), so the two factors overlap and the sums of squares depend on their type and order. These are Type II (each factor adjusted for the other); Type III (--type 3) also adjusts for the interaction and can differ, above all when the interaction is significant."
        case (.en, .typeIII):
            return "The cells hold different numbers of rows (\(fewest) to \(most)), so the two factors overlap and the sums of squares depend on their type and order. These are Type III (each effect adjusted for all others); Type II (--type 2) adjusts each factor for the other only and tests the main effects more powerfully when there is no interaction."
        case (.ja, .typeII):
            return "セルごとの行数が異なる (\(fewest)〜\(most) 行) ため二つの要因が重なり合い、平方和はその種類 (タイプ) や順序によって変わります。ここではタイプ II (各要因をもう一方の要因で調整) です。タイプ III (--type 3) は交互作用でも調整するため、特に交互作用が有意なときは結果が異なることがあります。"
        case (.ja, .typeIII):
            return "セルごとの行数が異なる (\(fewest)〜\(most) 行) ため二つの要因が重なり合い、平方和はその種類 (タイプ) や順序によって変わります。ここではタイプ III (各効果を他のすべての効果で調整) です。タイプ II (--type 2) は各要因をもう一方の要因だけで調整し、交互作用がないときは主効果をより高い検出力で検定します。"
        }
    }
}
