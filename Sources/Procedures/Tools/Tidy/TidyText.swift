import Foundation
import Report
import Tabular

/// `tidy`'s words: each change and checklist item in Japanese or English, and the terminal summary.
package enum TidyText {
    package static func change(_ change: TidyChange, _ l: Language) -> TidyLayout.Change {
        let place: String
        switch change.kind {
        case .rowLeftOut: place = l.pick(ja: "行 \(change.place)", en: "row \(change.place)")
        case .columnLeftOut, .totalColumnLeftOut: place = l.pick(ja: "\(change.place) 列", en: "column \(change.place)")
        default: place = change.place
        }
        return TidyLayout.Change(place: place, change: kind(change.kind, l), before: change.before, after: change.after)
    }

    package static func kind(_ kind: TidyChange.Kind, _ l: Language) -> String {
        switch kind {
        case .rowLeftOut(let reason): l.pick(ja: "行を除外: ", en: "row left out: ") + LayoutText.reason(reason, l)
        case .columnLeftOut: l.pick(ja: "列を除外: 空の列・注記", en: "column left out: empty or notes")
        case .otherTable: l.pick(ja: "別の表（読んでいません。--range で指定できます）", en: "another table (not read; choose it with --range)")
        case .headerRenamed: l.pick(ja: "見出しを整形", en: "header cleaned")
        case .totalColumnLeftOut: l.pick(ja: "合計列を除外（縦長形式）", en: "total column left out (long form)")
        case .madeLong(let columns): l.pick(ja: "\(columns) 列を縦長形式に変換", en: "\(columns) columns made long")
        case .converted(let change):
            switch change {
            case .number(let reading):
                l.pick(ja: "数値に変換", en: "converted to a number")
                    + (reading.reasons.contains(.negativeTriangle) ? l.pick(ja: "（▲・△ は負）", en: " (▲/△ negative)") : "")
                    + (reading.reasons.contains(.percent) ? l.pick(ja: "（% を小数に）", en: " (percent as a fraction)") : "")
            case .symbol(let symbol, let asZero):
                l.pick(ja: "統計表の記号「\(symbol.meaning(japanese: true))」→ \(asZero ? "0" : "空欄（欠測値）")",
                       en: "statistical symbol '\(symbol.meaning(japanese: false))' → \(asZero ? "0" : "blank (missing value)")")
            case .date: l.pick(ja: "文字列の日付を日付に変換", en: "date typed as text made a date")
            case .label: l.pick(ja: "位置合わせの空白を除いて同じ項目にまとめた", en: "alignment spaces removed, merged with the same label")
            }
        }
    }

    package static func item(_ check: SheetChecklist.Check, _ l: Language) -> String {
        switch check {
        case .mergedCells: l.pick(ja: "1セル1データ（セルの結合をしない）", en: "One value per cell (no merged cells)")
        case .alignmentSpaces: l.pick(ja: "スペースや改行で体裁を整えない", en: "No spaces or line breaks to align text")
        case .numbersAsText: l.pick(ja: "数値データは数値属性とする（▲・桁区切り・単位を文字で入れない）",
                                    en: "Numbers stored as numbers (no ▲, separators or units as text)")
        case .formulas: l.pick(ja: "数式を残さない（値で公開する）", en: "No formulas left in published data")
        case .omittedNames: l.pick(ja: "項目名を省略しない", en: "No item names omitted")
        case .eraWithoutWestern: l.pick(ja: "和暦には西暦を併記する", en: "Japanese era years given with the western year")
        case .machineDependentCharacters: l.pick(ja: "機種依存文字を使わない", en: "No machine-dependent characters")
        }
    }

    package static func render(_ tidy: TidyTable, checklist: [SheetChecklist.Item], table: Table, writtenTo destination: URL?,
                       language l: Language) -> String {
        var lines = [l.pick(ja: "整形した表: \(tidy.sourceRows.count) 行 × \(tidy.columns.count) 列（\(tidy.columns.map(\.name).joined(separator: "、"))）",
                            en: "Tidy table: \(tidy.sourceRows.count) rows × \(tidy.columns.count) columns (\(tidy.columns.map(\.name).joined(separator: ", ")))")]
        let rows = tidy.changes.filter { if case .rowLeftOut = $0.kind { true } else { false } }.count
        let cells = tidy.changes.filter { if case .converted = $0.kind { true } else { false } }.count
        let headers = tidy.changes.filter { $0.kind == .headerRenamed }.count
        lines.append(l.pick(ja: "変更: 除いた行 \(rows) か所、変換したセル \(cells)、整形した見出し \(headers)（一覧は「変更点」シート）",
                            en: "Changes: \(rows) row entries left out, \(cells) cells converted, \(headers) headers cleaned (all listed on the Changes sheet)"))
        if let layout = table.layout { lines += LayoutText.doubts(layout, l) }
        lines.append(l.pick(ja: "元のシートのチェック:", en: "The original sheet against the checklist:"))
        for item in checklist {
            let mark = item.passed ? l.pick(ja: "○", en: "OK ") : l.pick(ja: "×", en: "Fix")
            let detail = item.passed ? "" : l.pick(ja: "（\(item.count) 件: \(item.cells.prefix(5).joined(separator: ", "))\(item.cells.count > 5 ? " …" : "")）",
                                                   en: " (\(item.count): \(item.cells.prefix(5).joined(separator: ", "))\(item.cells.count > 5 ? " …" : ""))")
            lines.append("  \(mark) \(TidyText.item(item.check, l))\(detail)")
        }
        if let destination {
            lines.append(l.pick(ja: "書き出したファイル: \(destination.relativePath)", en: "Written: \(destination.relativePath)"))
        }
        return lines.joined(separator: "\n")
    }
}

/// `tidy --json` (docs/JSON.md): what was written, every change and the checklist.
package struct TidyJSON: Encodable {
    package struct Change: Encodable {
        package let place: String
        package let kind: String
        package let before: String
        package let after: String
    }

    package struct Item: Encodable {
        package let check: String
        package let passed: Bool
        package let count: Int
        package let cells: [String]
    }

    package let file: String
    package let sheet: String
    package let tool = "tidy"
    package let output: String?
    package let columns: [String]
    package let rows: Int
    package let changes: [Change]
    package let checklist: [Item]

    package init(file: String, sheet: String, written: String?, tidy: TidyTable, checklist: [SheetChecklist.Item]) {
        self.file = file
        self.sheet = sheet
        output = written
        columns = tidy.columns.map(\.name)
        rows = tidy.sourceRows.count
        changes = tidy.changes.map { Change(place: $0.place, kind: TidyJSON.kind($0.kind), before: $0.before, after: $0.after) }
        self.checklist = checklist.map { Item(check: $0.check.rawValue, passed: $0.passed, count: $0.count, cells: $0.cells) }
    }

    private static func kind(_ kind: TidyChange.Kind) -> String {
        switch kind {
        case .rowLeftOut(let reason): "rowLeftOut:\(reason.rawValue)"
        case .columnLeftOut: "columnLeftOut"
        case .otherTable: "otherTable"
        case .headerRenamed: "headerRenamed"
        case .totalColumnLeftOut: "totalColumnLeftOut"
        case .madeLong: "madeLong"
        case .converted(let change):
            switch change {
            case .number: "converted:number"
            case .symbol(let symbol, _): "converted:symbol:\(symbol.rawValue)"
            case .date: "converted:date"
            case .label: "converted:label"
            }
        }
    }
}
