import Report
import Tabular

/// The detected table as `bunseki inspect` reports it: each column's name, type, counts, range or frequent
/// values and problem cells with their addresses, and the cells `--coerce-numbers` converts (or would).
struct TablePreview {
    let table: Table
    /// The same sheet read with conversion, when the participant has not switched it on: what it would change.
    let coercedPreview: Table?
    let language: Language

    func render() -> String {
        let l = language
        var html = #"<p>"# + HTMLText.escape(l.pick(
            ja: "シート「\(table.sheetName)」: 見出し行 \(table.headerRow)、データ \(table.rowNumbers.count) 行",
            en: "Sheet \(table.sheetName): header row \(table.headerRow), \(table.rowNumbers.count) data rows")) + "</p>"
        html += #"<table class="cols" id="columns"><thead><tr><th>\#(l.pick(ja: "列", en: "Col"))</th><th>\#(l.pick(ja: "見出し", en: "Header"))</th><th>\#(l.pick(ja: "型", en: "Type"))</th><th>\#(l.pick(ja: "値", en: "Values"))</th><th>\#(l.pick(ja: "空欄", en: "Blank"))</th><th>\#(l.pick(ja: "範囲・多い値", en: "Range or frequent values"))</th><th>\#(l.pick(ja: "問題のセル", en: "Problem cells"))</th></tr></thead><tbody>"#
        for column in table.columns {
            html += "<tr><td>\(column.letter)</td><td>\(HTMLText.escape(column.name))</td><td>\(typeName(column.type))</td>"
            html += #"<td class="num">\#(column.count)</td><td class="num">\#(column.emptyCount)</td>"#
            html += "<td>\(HTMLText.escape(summary(column)))</td><td>\(issues(column))</td></tr>"
        }
        html += "</tbody></table>"
        let converted = (coercedPreview ?? table).coercedCells
        if !converted.isEmpty {
            html += "<h3>" + HTMLText.escape(coercedPreview == nil
                ? l.pick(ja: "数値に変換したセル (\(converted.count) 個)", en: "Cells converted (\(converted.count))")
                : l.pick(ja: "「数値に変換」をオンにすると変わるセル (\(converted.count) 個)", en: "Cells that conversion would change (\(converted.count))")) + "</h3>"
            html += #"<ul class="converted">"#
            for cell in converted.prefix(50) {
                let became = cell.value.displayText.isEmpty ? l.pick(ja: "欠測値", en: "missing") : cell.value.displayText
                html += "<li>\(cell.address.a1): 「\(HTMLText.escape(cell.text))」 → \(HTMLText.escape(became))</li>"
            }
            if converted.count > 50 { html += "<li>…</li>" }
            html += "</ul>"
        }
        return html
    }

    private func typeName(_ type: ColumnType) -> String {
        switch type {
        case .number: return language.pick(ja: "数値", en: "number")
        case .text: return language.pick(ja: "文字列", en: "text")
        case .date: return language.pick(ja: "日付", en: "date")
        case .duration: return language.pick(ja: "時間", en: "duration")
        case .bool: return language.pick(ja: "真偽値", en: "boolean")
        case .error: return language.pick(ja: "エラー", en: "error")
        case .empty: return language.pick(ja: "空", en: "empty")
        }
    }

    private func summary(_ column: Column) -> String {
        let typed = column.values.filter { $0.kind == column.type }
        switch column.type {
        case .number, .date, .duration:
            let numbers = typed.compactMap(\.numeric)
            guard let low = numbers.min(), let high = numbers.max(),
                  let lowValue = typed.first(where: { $0.numeric == low }), let highValue = typed.first(where: { $0.numeric == high })
            else { return "" }
            return "\(lowValue.displayText) 〜 \(highValue.displayText)"
        case .text, .bool:
            var counts: [String: Int] = [:], order: [String] = []
            for value in typed {
                let text = value.displayText
                if counts[text] == nil { order.append(text) }
                counts[text, default: 0] += 1
            }
            let top = order.enumerated().sorted { (counts[$0.1]!, -$0.0) > (counts[$1.1]!, -$1.0) }.prefix(5)
            return top.map { "\($0.1) ×\(counts[$0.1]!)" }.joined(separator: ", ")
        default: return ""
        }
    }

    private func issues(_ column: Column) -> String {
        guard !column.issues.isEmpty else { return "" }
        let lines = column.issues.prefix(5).map { issue -> String in
            "<li><b>\(issue.address.a1)</b> 「\(HTMLText.escape(issue.text))」 \(HTMLText.escape(describe(issue.kind)))</li>"
        }
        let more = column.issues.count > 5 ? "<li>… \(column.issues.count - 5)</li>" : ""
        return #"<ul class="issues">"# + lines.joined() + more + "</ul>"
    }

    private func describe(_ kind: CellIssue.Kind) -> String {
        let l = language
        switch kind {
        case .numberLikeText(let reading):
            return l.pick(ja: "数値のような文字列（変換すると \(NumberText.format(reading.value))）",
                          en: "number-like text (converts to \(NumberText.format(reading.value)))")
        case .typeMismatch(let found):
            return l.pick(ja: "列の型と違う値（\(typeName(found))）", en: "a \(typeName(found)) among the column's values")
        case .errorValue:
            return l.pick(ja: "エラー値", en: "an error value")
        case .statisticalSymbol:
            return l.pick(ja: "統計記号（変換すると欠測値）", en: "a statistical symbol (converts to a missing value)")
        case .dateText(let date):
            return l.pick(ja: "文字列の日付（変換すると \(date.iso8601)）", en: "a date typed as text (converts to \(date.iso8601))")
        }
    }
}
