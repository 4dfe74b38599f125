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
            let reading = try upload.tables.reading(.init(sheet: choice.sheet, coerce: choice.coerce), upload: upload)
            let key = "\(reading.sheet)\u{0}\(choice.coerce)\u{0}\(language.rawValue)"
            let columns = try upload.tables.preview(key) {
                let coerced = choice.coerce ? nil
                    : try? upload.tables.reading(.init(sheet: reading.sheet, coerce: true), upload: upload, keep: false).table
                return TablePreview(table: reading.table, coercedPreview: coerced, language: language).render()
            }
            return Model(sheets: try upload.tables.sheets(upload: upload), sheet: reading.sheet, table: reading.table, columns: columns)
        }
    }

    let session: Session
    let upload: Upload
    let choice: TableChoice
    let model: Model
    let tools: [ToolDescriptor]

    func render() -> String {
        let l = session.language
        let name = HTMLText.escape(upload.fileName)
        var body = #"<div class="card">\#(PageLayout.steps(l, current: 2))<h1>\#(name)</h1>"#
        // A GET form: choosing a sheet or the conversion only changes what is shown, nothing on the server.
        body += #"<form method="get" action="/files/\#(upload.id)" id="table-choice">"#
        body += #"<label class="field" for="sheet">\#(l.pick(ja: "シート", en: "Sheet"))</label><select name="sheet" id="sheet" data-autosubmit>"#
        for sheet in model.sheets {
            body += #"<option value="\#(HTMLText.escape(sheet))"\#(sheet == model.sheet ? " selected" : "")>\#(HTMLText.escape(sheet))</option>"#
        }
        body += "</select>"
        body += #"<p><label><input type="checkbox" name="coerce" value="1" id="coerce" data-autosubmit\#(choice.coerce ? " checked" : "")> \#(l.pick(ja: "数値のような文字列（１２、1,234、▲56、12時間）や統計記号を数値に変換する（--coerce-numbers）", en: "Convert number-like text (１２, 1,234, ▲56, 12時間) and statistical symbols to numbers (--coerce-numbers)"))</label> <noscript><button class="plain" type="submit">\#(l.pick(ja: "表示を更新", en: "Update"))</button></noscript></p></form>"#
        body += model.columns
        body += "</div>"
        let query = TableChoice(sheet: model.sheet, coerce: choice.coerce).query
        body += #"<div class="card">\#(PageLayout.steps(l, current: 3))<h1>\#(l.pick(ja: "分析ツール", en: "Analysis tools"))</h1><ul class="tools" id="tools">"#
        for tool in tools {
            body += #"<li><a href="/files/\#(upload.id)/tools/\#(HTMLText.urlComponent(tool.id))\#(HTMLText.escape(query))" id="tool-\#(HTMLText.escape(tool.id))">\#(HTMLText.escape(tool.title(l)))</a></li>"#
        }
        body += "</ul></div>"
        body += #"<div class="card"><form method="post" action="/files/\#(upload.id)/delete">\#(PageLayout.csrfField(session))<button class="plain" type="submit" id="delete-file">\#(l.pick(ja: "このファイルを消す", en: "Delete this file"))</button></form></div>"#
        return PageLayout(title: upload.fileName, session: session, path: "/files/\(upload.id)").render(body)
    }
}
