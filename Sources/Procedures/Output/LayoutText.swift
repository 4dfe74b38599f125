import Report
import Tabular
import XLSXReader

/// How a table's detected layout reads in messages (`TableLayout`): the range and header rows, each row
/// left out with its reason, other tables, and every choice made under doubt with how to override it.
package enum LayoutText {
    /// The reason a row was left out, as a short phrase.
    package static func reason(_ reason: TableLayout.LeftOutRow.Reason, _ l: Language) -> String {
        switch reason {
        case .aboveHeader: l.pick(ja: "表題・単位など", en: "title, unit or date line")
        case .total: l.pick(ja: "合計・小計などの行", en: "total or summary row")
        case .formulaTotal: l.pick(ja: "上の行を合計する数式の行", en: "row of formulas totalling the rows above")
        case .unlabelledTotal: l.pick(ja: "見出しのない合計行（値が上の行の合計）", en: "unlabelled total (its numbers are the column sums)")
        case .note: l.pick(ja: "注記", en: "note")
        case .blank: l.pick(ja: "空白行", en: "blank row")
        case .headerLine: l.pick(ja: "2行目の見出し", en: "second header line")
        }
    }

    /// `29 合計（合計・小計などの行）`, `31–32（空白行）`.
    package static func row(_ row: TableLayout.LeftOutRow, _ l: Language) -> String {
        let rows = row.rows.count == 1 ? "\(row.rows.lowerBound)" : "\(row.rows.lowerBound)–\(row.rows.upperBound)"
        let text = row.text.isEmpty ? "" : l.pick(ja: " 「\(shortened(row.text))」", en: " \"\(shortened(row.text))\"")
        return l.pick(ja: "\(rows)\(text)（\(reason(row.reason, l))）", en: "\(rows)\(text) (\(reason(row.reason, l)))")
    }

    /// The sentences for choices made under doubt and for other tables, each saying how to choose otherwise.
    package static func doubts(_ layout: TableLayout, _ l: Language) -> [String] {
        var lines = layout.notes.map { note in
            switch note {
            case .twoHeaderCandidates(let chosen, let other):
                l.pick(ja: "行 \(chosen) と行 \(other) がどちらも見出しに見えます。行 \(chosen) を列名に使い、行 \(other) の文字も列名として使えます。もう一方にするには --header-row \(other) を指定してください。",
                       en: "Rows \(chosen) and \(other) both look like headers; row \(chosen) names the columns and row \(other)'s texts work as names too. Give --header-row \(other) to use the other.")
            case .possibleTotal(let row):
                l.pick(ja: "行 \(row) は見出しがありませんが、数値が上の行の合計なので合計行として除きました。データに含めるには --range で範囲を指定してください。",
                       en: "Row \(row) has no label but its numbers are the sums of the rows above, so it was left out as a total; give --range to include it.")
            case .totalNameWithoutSum(let column):
                l.pick(ja: "列「\(column)」は合計のような名前ですが、隣の列の合計ではないため、通常のデータ列として扱います。",
                       en: "Column '\(column)' is named like a total but does not hold the sums of its neighbours, so it is read as ordinary data.")
            }
        }
        for other in layout.otherTables {
            lines.append(l.pick(ja: "このシートには別の表 (\(other.a1)) もあります。読むには --range \(other.a1) を指定してください。",
                                en: "The sheet holds another table at \(other.a1); give --range \(other.a1) to read it."))
        }
        return lines
    }

    /// The summary `inspect` prints under the sheet line.
    package static func summary(_ layout: TableLayout, _ l: Language) -> [String] {
        let headers = layout.headerRows.count == 1 ? "\(layout.headerRows.lowerBound)"
            : "\(layout.headerRows.lowerBound)–\(layout.headerRows.upperBound)"
        var lines = [l.pick(ja: "表の範囲: \(layout.range.a1)（見出し行 \(headers)）", en: "Table: \(layout.range.a1) (header \(layout.headerRows.count == 1 ? "row" : "rows") \(headers))")]
        if !layout.leftOutRows.isEmpty {
            lines.append(l.pick(ja: "データから除いた行:", en: "Rows left out of the data:"))
            lines += layout.leftOutRows.map { "  " + row($0, l) }
        }
        if !layout.leftOutColumns.isEmpty {
            let letters = layout.leftOutColumnRuns.joined(separator: ", ")
            lines.append(l.pick(ja: "除いた列（空の列・注記）: \(letters)", en: "Columns left out (empty or notes): \(letters)"))
        }
        lines += doubts(layout, l)
        return lines
    }

    /// The line an analysis prints when rows were left out: which rows, in one sentence.
    package static func analysisNote(_ layout: TableLayout?, _ l: Language) -> [String] {
        guard let layout else { return [] }
        let inside = layout.leftOutRows.filter { $0.reason != .aboveHeader && $0.reason != .blank }
        var lines: [String] = []
        if !inside.isEmpty {
            let list = inside.prefix(8).map { row($0, l) }.joined(separator: l.pick(ja: "、", en: ", "))
            let more = inside.count > 8 ? " …" : ""
            lines.append(l.pick(ja: "データに含めなかった行: \(list)\(more)。すべての行を使うには --no-detect-layout を指定してください。",
                                en: "Rows not counted as data: \(list)\(more). Give --no-detect-layout to take every row."))
        }
        return lines + doubts(layout, l)
    }

    private static func shortened(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 30 ? String(flat.prefix(29)) + "…" : flat
    }
}
