import Report
import Tabular
import XLSXReader

/// The human-readable rendering of an inspect report, in Japanese or English.
package struct InspectText {
    package let report: InspectReport
    package let language: Language
    /// Problems beyond this many are summarised in one line.
    package var problemLimit = 50

    package init(report: InspectReport, language: Language) {
        self.report = report
        self.language = language
    }

    package func render() -> String {
        var lines: [String] = []
        let l = language
        lines.append(l.pick(ja: "ファイル: \(report.file) (\(report.dateSystem) 年日付システム)",
                            en: "File: \(report.file) (\(report.dateSystem) date system)"))
        if let csv = report.csv {
            let bom = csv.byteOrderMark ? " BOM" : ""
            lines.append(l.pick(ja: "文字コード: \(csv.encoding)\(bom)、区切り文字: \(delimiter(csv.delimiter))",
                                en: "Encoding: \(csv.encoding)\(bom), delimiter: \(delimiter(csv.delimiter))"))
        }
        lines.append(l.pick(ja: "シート:", en: "Sheets:"))
        for sheet in report.sheets {
            let marker = sheet.name == report.sheet ? l.pick(ja: "  ← 対象", en: "  ← inspected") : ""
            lines.append("  \(sheet.position). \(sheet.name) (\(kind(sheet.kind)), \(state(sheet.state)))\(marker)")
        }
        lines.append(l.pick(ja: "シート「\(report.sheet)」: 見出し行 \(report.headerRow)、データ \(report.dataRows) 行",
                            en: "Sheet '\(report.sheet)': header row \(report.headerRow), \(report.dataRows) data rows"))
        if let layout = report.layout { lines += LayoutText.summary(layout, l) }
        lines.append(l.pick(ja: "列:", en: "Columns:"))
        var runs = report.emptyColumns[...]
        for column in report.columns {
            let index = XLSXReader.CellAddress.columnNumber(letters: column.letter) ?? 0
            while let run = runs.first, run.firstIndex < index {
                lines.append("  " + describe(run))
                runs = runs.dropFirst()
            }
            lines.append("  " + describe(column))
        }
        for run in runs { lines.append("  " + describe(run)) }
        let problems = report.columns.flatMap { column in column.issues.map { (column.name, $0) } }
        if !problems.isEmpty {
            lines.append(l.pick(ja: "問題 (\(problems.count) 件):", en: "Problems (\(problems.count)):"))
            for (name, issue) in problems.prefix(problemLimit) { lines.append("  " + describe(issue, column: name)) }
            if problems.count > problemLimit {
                lines.append(l.pick(ja: "  …ほか \(problems.count - problemLimit) 件 (--json ですべて表示)",
                                    en: "  … and \(problems.count - problemLimit) more (all in --json)"))
            }
        }
        if !report.coercedCells.isEmpty {
            let cells = report.coercedCells.map { "\($0.cell) 「\($0.text)」→ \($0.converted.isEmpty ? l.pick(ja: "空欄", en: "blank") : $0.converted)" }
            lines.append(l.pick(ja: "変換したセル: ", en: "Converted cells: ") + cells.joined(separator: ", "))
        }
        if !report.mergedRanges.isEmpty {
            lines.append(l.pick(ja: "結合セル: ", en: "Merged ranges: ") + report.mergedRanges.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ column: InspectReport.ColumnSummary) -> String {
        let l = language
        var text = "\(column.letter) \(column.name) — \(type(column.type))"
            + (column.total ? l.pick(ja: "（合計列）", en: " (total column)") : "")
            + (column.identifier ? l.pick(ja: "（識別子: 値がすべて異なる。report では集計しません）",
                                          en: " (identifier: every value differs; report leaves it out)") : "")
            + l.pick(ja: "、値 \(column.count)、空欄 \(column.empty)", en: ", \(column.count) values, \(column.empty) empty")
        if let low = column.minimumText, let high = column.maximumText {
            text += l.pick(ja: "、範囲 \(low) 〜 \(high)", en: "; range \(low) to \(high)")
        }
        // An identifier's values each occur once: "most frequent" would list five arbitrary rows.
        if let top = column.topValues, !top.isEmpty, !column.identifier {
            let list = top.map { "\($0.value) ×\($0.count)" }.joined(separator: ", ")
            text += l.pick(ja: "、多い値 \(list)", en: "; most frequent \(list)")
        }
        return text
    }

    private func describe(_ run: InspectReport.EmptyColumns) -> String {
        let count = DigitGrouping.grouped(run.count)
        if run.count == 1 {
            return language.pick(ja: "列 \(run.first): 空 (1 列)", en: "Column \(run.first): empty (1 column)")
        }
        return language.pick(ja: "列 \(run.first)〜\(run.last): 空 (\(count) 列)",
                             en: "Columns \(run.first) to \(run.last): empty (\(count) columns)")
    }

    private func describe(_ issue: InspectReport.Issue, column: String) -> String {
        let l = language
        let place = "\(issue.cell) (\(column))"
        switch issue.problem {
        case "numberLikeText":
            let value = issue.value.map(NumberText.format) ?? ""
            return l.pick(ja: "\(place): 「\(issue.text)」は数値のような文字列です (\(reasons(issue)))。--coerce-numbers で \(value) に変換できます",
                          en: "\(place): \"\(issue.text)\" is number-like text (\(reasons(issue))); --coerce-numbers reads it as \(value)")
        case "errorValue":
            return l.pick(ja: "\(place): エラー値 \(issue.text)", en: "\(place): error value \(issue.text)")
        case "statisticalSymbol":
            let meaning = issue.symbol.flatMap(StatisticalSymbol.init(rawValue:))?.meaning(japanese: l == .ja) ?? ""
            return l.pick(ja: "\(place): 「\(issue.text)」は統計表の記号（\(meaning)）です。欠測値として扱います",
                          en: "\(place): \"\(issue.text)\" is a statistical symbol (\(meaning)), counted as a missing value")
        case "dateText":
            return l.pick(ja: "\(place): 「\(issue.text)」は文字列で書かれた日付です。--coerce-numbers で \(issue.date ?? "") に変換できます",
                          en: "\(place): \"\(issue.text)\" is a date typed as text; --coerce-numbers reads it as \(issue.date ?? "")")
        default:
            let found = type(issue.found ?? "")
            return l.pick(ja: "\(place): 列の型と違う値「\(issue.text)」(\(found))",
                          en: "\(place): \"\(issue.text)\" (\(found)) does not fit the column's type")
        }
    }

    private func reasons(_ issue: InspectReport.Issue) -> String {
        (issue.reasons ?? []).map { reason in
            switch reason {
            case "fullWidthDigits": language.pick(ja: "全角数字", en: "full-width digits")
            case "thousandsSeparators": language.pick(ja: "桁区切り", en: "thousands separators")
            case "surroundingSpace": language.pick(ja: "前後の空白", en: "surrounding spaces")
            case "trailingUnit": language.pick(ja: "単位「\(issue.unit ?? "")」付き", en: "unit '\(issue.unit ?? "")'")
            case "negativeTriangle": language.pick(ja: "▲・△ は負の数", en: "▲/△ marks a negative number")
            case "percent": language.pick(ja: "パーセント表記", en: "written as a percentage")
            default: language.pick(ja: "文字列として保存", en: "stored as text")
            }
        }.joined(separator: language.pick(ja: "、", en: ", "))
    }

    private func type(_ raw: String) -> String {
        switch raw {
        case "number": language.pick(ja: "数値", en: "number")
        case "text": language.pick(ja: "文字列", en: "text")
        case "date": language.pick(ja: "日付", en: "date")
        case "duration": language.pick(ja: "経過時間", en: "duration")
        case "bool": language.pick(ja: "真偽値", en: "boolean")
        case "error": language.pick(ja: "エラー値", en: "error")
        default: language.pick(ja: "空", en: "empty")
        }
    }

    private func kind(_ raw: String) -> String {
        switch raw {
        case "worksheet": language.pick(ja: "ワークシート", en: "worksheet")
        case "chartsheet": language.pick(ja: "グラフシート", en: "chart sheet")
        case "dialogsheet": language.pick(ja: "ダイアログシート", en: "dialog sheet")
        default: language.pick(ja: "マクロシート", en: "macro sheet")
        }
    }

    private func delimiter(_ raw: String) -> String {
        switch raw {
        case "tab": language.pick(ja: "タブ", en: "tab")
        case "semicolon": language.pick(ja: "セミコロン", en: "semicolon")
        default: language.pick(ja: "カンマ", en: "comma")
        }
    }

    private func state(_ raw: String) -> String {
        switch raw {
        case "hidden": language.pick(ja: "非表示", en: "hidden")
        case "veryHidden": language.pick(ja: "完全に非表示", en: "very hidden")
        default: language.pick(ja: "表示", en: "visible")
        }
    }
}
