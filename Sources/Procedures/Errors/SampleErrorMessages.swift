import Report

// The sentences for `SampleError`: part of the one ja/en error catalogue begun in ErrorMessages.swift.
extension ErrorMessages {
    package static func sample(_ error: SampleError, _ l: Language) -> String {
        switch error {
        case .tooFewValues(let file, let sheet, let column, let needed, let found):
            l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」の数値は \(found) 個しかありません。この検定には \(needed) 個以上必要です。",
                   en: "\(place(file, sheet, l)): column '\(column)' holds only \(found) number\(found == 1 ? "" : "s"); this test needs at least \(needed).")
        case .allValuesEqual(let file, let sheet, let columns):
            l.pick(ja: "\(place(file, sheet, l)): 列「\(columns.joined(separator: "」「"))」の値がすべて同じため、順位をつけて比べられません。",
                   en: "\(place(file, sheet, l)): every value in \(columns.map { "'\($0)'" }.joined(separator: ", ")) is the same, so there is no order to compare.")
        case .noCompletePairs(let file, let sheet, let first, let second):
            l.pick(ja: "\(place(file, sheet, l)): 列「\(first)」と「\(second)」の両方に数値がある行がありません。対になった値を同じ行に入力してください。",
                   en: "\(place(file, sheet, l)): no row holds a number in both '\(first)' and '\(second)'; put each pair's values on one row.")
        case .allDifferencesZero(let file, let sheet, let first, let second):
            l.pick(ja: "\(place(file, sheet, l)): 列「\(first)」と「\(second)」の差がすべての行で 0 のため、符号付き順位検定はできません。",
                   en: "\(place(file, sheet, l)): '\(first)' and '\(second)' are equal on every row, so the signed-rank test has no difference to rank.")
        case .notTwoGroups(let file, let sheet, let column, let groups, let tool):
            // Past two groups, the tool for all of them at once (`severalGroupsTool`).
            groups.count < 2
                ? l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」のグループは \(groups.count) 個 (\(groups.joined(separator: "、"))) しかありません。\(tool) は 2 つのグループを比べます。",
                         en: "\(place(file, sheet, l)): column '\(column)' holds only \(groups.count) group\(groups.count == 1 ? "" : "s") (\(groups.joined(separator: ", "))); \(tool) compares two.")
                : l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」のグループは \(groups.count) 個 (\(groups.joined(separator: "、"))) です。\(tool) は 2 つのグループを比べるので、--levels \(groups[0]),\(groups[1]) のように 2 つを選ぶか、3 つ以上をまとめて比べるなら \(severalGroupsTool(after: tool)) を使ってください。",
                         en: "\(place(file, sheet, l)): column '\(column)' holds \(groups.count) groups (\(groups.joined(separator: ", "))); \(tool) compares two, so choose two with --levels \(groups[0]),\(groups[1]) or compare them all with \(severalGroupsTool(after: tool)).")
        case .unknownLevel(let file, let sheet, let column, let level, let groups):
            l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」に「\(level)」というグループはありません。--levels には \(groups.joined(separator: "、")) のうち 2 つを指定してください。",
                   en: "\(place(file, sheet, l)): column '\(column)' holds no group '\(level)'; give --levels two of \(groups.joined(separator: ", ")).")
        case .levelsNotTwo(let given):
            l.pick(ja: "--levels には比べる 2 つのグループを、はい,いいえ のようにカンマで区切って指定してください (指定: \(given.joined(separator: "、")))。",
                   en: "--levels takes the two groups to compare, separated by a comma, such as yes,no (given: \(given.joined(separator: ", "))).")
        case .levelsWithoutGroup:
            l.pick(ja: "--levels は、--value 値の列 と --group グループの列 (1 行 1 件のデータ) と一緒に指定してください。",
                   en: "--levels goes with --value and --group (one row per observation).")
        case .pairedNeedsColumns:
            l.pick(ja: "--paired は同じ行に並んだ 2 つの列 (--a 前 --b 後) を比べます。1 行 1 件のデータ (--value/--group) ではどの 2 件が組になるか決まらないため、組の値を同じ行の 2 列に並べて --a と --b を指定してください。",
                   en: "--paired compares two columns on the same rows (--a before --b after); with one row per observation (--value/--group) nothing says which two rows form a pair, so put each pair on one row and give --a and --b.")
        case .tooFewGroups(let file, let sheet, let column, let groups):
            l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」のグループが \(groups.count) 個 (\(groups.joined(separator: "、"))) しかありません。kruskal には 2 つ以上のグループが必要です。",
                   en: "\(place(file, sheet, l)): column '\(column)' holds only \(groups.count) group\(groups.count == 1 ? "" : "s") (\(groups.joined(separator: ", "))); kruskal needs two or more.")
        case .tooManyGroups(let file, let sheet, let column, let groups, let limit):
            l.pick(ja: "\(place(file, sheet, l)): 列「\(column)」にはグループが \(groups) 個あり、比べられる上限 \(limit) 個を超えています。ID や氏名の列を選んでいないか確認してください。",
                   en: "\(place(file, sheet, l)): column '\(column)' holds \(groups) groups, more than the \(limit) a test compares; check that it is not an ID or name column.")
        case .tooFewColumns(let given):
            l.pick(ja: "--columns にはグループの列を 2 つ以上指定してください (指定: \(given.joined(separator: "、")))。",
                   en: "--columns needs two or more group columns (given: \(given.joined(separator: ", "))).")
        case .twoSampleLayoutChoice:
            l.pick(ja: "--a 列 --b 列 (標本ごとの列) か、--value 値の列 --group グループの列 (1 行 1 件) のどちらか一方を指定してください。",
                   en: "Give either --a and --b (one column per sample) or --value and --group (one row per observation).")
        }
    }
}

extension ErrorMessages {
    /// The tool that compares three or more groups at once: kruskal after the rank test, anova after the ToolPak's tests.
    static func severalGroupsTool(after tool: String) -> String { tool == "mannwhitney" ? "kruskal" : "anova" }
}
