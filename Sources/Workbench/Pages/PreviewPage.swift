import Procedures
import Report
import Tabular

/// Step 2 and 3: the sheet choice, the detected table with its problems and the conversion switch, then
/// the analysis tools in the ToolPak's order.
struct PreviewPage {
    struct Model: Sendable {
        let sheets: [String]
        let sheet: String
        let table: Table
        /// The column table and conversions (`TablePreview`), rendered once per sheet, conversion and language.
        let columns: String

        /// The upload's kept tables (`UploadTables`); the same sheet read with conversion, when it is off, shows
        /// what switching it on would change.
        static func read(_ upload: Upload, choice: TableChoice, language: Language) throws -> Model {
            let reading = try upload.tables.reading(choice, upload: upload)
            let key = choice.on(reading.sheet).query + "\u{0}" + language.rawValue
            let columns = try upload.tables.preview(key) {
                let coerced = choice.coerce ? nil
                    : try? upload.tables.reading(choice.on(reading.sheet).converting(true), upload: upload, keep: false).table
                return TablePreview(table: reading.table, coercedPreview: coerced, language: language).render()
            }
            return Model(sheets: try upload.tables.sheets(upload: upload), sheet: reading.sheet, table: reading.table, columns: columns)
        }
    }

    let session: Session
    let upload: Upload
    let choice: TableChoice
    /// Nil when the table could not be read as chosen: then the reading options with `error`, and no tools.
    let model: Model?
    /// The sheets to choose from (also when the table could not be read).
    let sheets: [String]
    var error: ErrorSentenceText?
    let tools: [ToolDescriptor]

    func render() -> String {
        let l = session.language
        let name = HTMLText.escape(upload.fileName)
        var body = #"<div class="card">\#(PageLayout.steps(l, current: 2))<h1>\#(name)</h1>"#
        body += choiceForm()
        if let model { body += model.columns }
        body += "</div>"
        if let model {
            let query = choice.on(model.sheet).query
            body += #"<div class="card">\#(PageLayout.steps(l, current: 3))<h1>\#(l.pick(ja: "分析ツール", en: "Analysis tools"))</h1><ul class="tools" id="tools">"#
            for tool in tools {
                body += #"<li><a href="/files/\#(upload.id)/tools/\#(HTMLText.urlComponent(tool.id))\#(HTMLText.escape(query))" id="tool-\#(HTMLText.escape(tool.id))">\#(HTMLText.escape(tool.title(l)))</a></li>"#
            }
            body += "</ul></div>"
        }
        body += #"<div class="card"><form method="post" action="/files/\#(upload.id)/delete">\#(PageLayout.csrfField(session))<button class="plain" type="submit" id="delete-file">\#(l.pick(ja: "このファイルを消す", en: "Delete this file"))</button></form></div>"#
        return PageLayout(title: upload.fileName, session: session, path: "/files/\(upload.id)\(choice.query)").render(body)
    }

    /// The sheet, the conversion switch and the other reading options of the CLI, as a GET form: choosing them
    /// only changes what is read and shown, nothing on the server. An error stands under the option it concerns.
    private func choiceForm() -> String {
        let l = session.language
        let shownSheet = model?.sheet ?? choice.sheet
        var html = #"<form method="get" action="/files/\#(upload.id)" id="table-choice">"#
        html += #"<label class="field" for="sheet">\#(l.pick(ja: "シート", en: "Sheet"))</label><select name="sheet" id="sheet" data-autosubmit>"#
        for sheet in sheets {
            html += #"<option value="\#(HTMLText.escape(sheet))"\#(sheet == shownSheet ? " selected" : "")>\#(HTMLText.escape(sheet))</option>"#
        }
        html += "</select>"
        html += #"<p><label><input type="checkbox" name="coerce" value="1" id="coerce" data-autosubmit\#(choice.coerce ? " checked" : "")> \#(l.pick(ja: "数値のような文字列（１２、1,234、▲56、12時間）や統計記号を数値に変換する（--coerce-numbers）", en: "Convert number-like text (１２, 1,234, ▲56, 12時間) and statistical symbols to numbers (--coerce-numbers)"))</label> <noscript><button class="plain" type="submit">\#(l.pick(ja: "表示を更新", en: "Update"))</button></noscript></p>"#
        let placed = error?.parameter.flatMap { ["header-row", "range"].contains($0) ? $0 : nil }
        func errorLine(_ key: String?) -> String {
            guard let error, placed == key else { return "" }
            return #"<p class="error" id="\#(key.map { "error-" + $0 } ?? "read-error")">\#(HTMLText.escape(error.sentence))</p>"#
        }
        html += #"<details class="reading"\#(choice.changesLayout || error != nil ? " open" : "")><summary>\#(l.pick(ja: "読み取りの設定（見出しの行・範囲など）", en: "Reading options (header row, range …)"))</summary>"#
        html += #"<div class="control\#(placed == "header-row" ? " invalid" : "")"><label class="field" for="header-row">\#(l.pick(ja: "見出しの行の番号（空欄なら自動。--header-row）", en: "Row number of the headers (blank: found automatically; --header-row)"))</label><input type="number" min="1" name="header-row" id="header-row" value="\#(HTMLText.escape(choice.headerRow ?? ""))">\#(errorLine("header-row"))</div>"#
        html += #"<div class="control\#(placed == "range" ? " invalid" : "")"><label class="field" for="range">\#(l.pick(ja: "読む範囲（例 A4:F40、1 行目が見出し。空欄ならシート全体。--range）", en: "Range to read (e.g. A4:F40, its first row the headers; blank: the whole sheet; --range)"))</label><input type="text" name="range" id="range" value="\#(HTMLText.escape(choice.range ?? ""))">\#(errorLine("range"))</div>"#
        html += #"<p><label><input type="checkbox" name="layout" value="0" id="layout"\#(choice.detectLayout ? "" : " checked")> \#(l.pick(ja: "見出しの下の行をすべてデータとする（合計・注記・空白の行も除かない。--no-detect-layout）", en: "Take every row after the header as data (no total, note or blank rows left out; --no-detect-layout)"))</label></p>"#
        html += #"<p><label><input type="checkbox" name="dash-zero" value="1" id="dash-zero"\#(choice.dashAsZero ? " checked" : "")> \#(l.pick(ja: "変換のとき、ダッシュ「－」（該当数字なし）を 0 とする（--dash-as-zero）", en: "With conversion, read the dash － (no such case) as 0 (--dash-as-zero)"))</label></p>"#
        html += errorLine(nil)
        html += #"<p><button class="plain" type="submit" id="read-again">\#(l.pick(ja: "この設定で読み直す", en: "Read again with these options"))</button></p></details></form>"#
        return html
    }
}
