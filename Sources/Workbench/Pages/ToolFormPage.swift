import Procedures
import Foundation
import Tabular

/// Step 4: a tool's options as form controls; columns from drop-downs of the table's headers, offering
/// only the kinds of column the option accepts. An error sentence stands next to the control it concerns.
struct ToolFormPage {
    let session: Session
    let upload: Upload
    let tool: ToolDescriptor
    let table: Table
    let choice: TableChoice
    let values: [String: String]
    let error: ErrorSentenceText?

    func render() -> String {
        let l = session.language
        var body = #"<div class="card">\#(PageLayout.steps(l, current: 4))<h1>\#(HTMLText.escape(tool.title(l)))</h1>"#
        body += #"<p class="muted">\#(HTMLText.escape(upload.fileName)) — \#(HTMLText.escape(table.sheetName))</p>"#
        let placed = error?.parameter.flatMap { key in tool.parameters.contains { $0.key == key } ? key : nil }
        if let error, placed == nil { body += #"<p class="error" id="form-error">\#(HTMLText.escape(error.sentence))</p>"# }
        body += #"<form class="work" method="post" action="/files/\#(upload.id)/tools/\#(HTMLText.urlComponent(tool.id))">"#
        body += PageLayout.csrfField(session)
        body += choice.on(table.sheetName).hiddenFields
        for parameter in tool.parameters {
            let message = placed == parameter.key ? error?.sentence : nil
            body += #"<div class="control\#(message == nil ? "" : " invalid")">"# + control(parameter)
            if let message { body += #"<p class="error" id="error-\#(HTMLText.escape(parameter.key))">\#(HTMLText.escape(message))</p>"# }
            body += "</div>"
        }
        body += #"<p><button class="primary" type="submit" id="run">\#(l.pick(ja: "分析する", en: "Analyse"))</button>\#(PageLayout.progress(l, l.pick(ja: "計算中…", en: "Working…")))</p></form>"#
        body += #"<p><a href="/files/\#(upload.id)\#(HTMLText.escape(choice.query))">\#(l.pick(ja: "← ツールの一覧へ", en: "← Back to the tools"))</a></p></div>"#
        return PageLayout(title: tool.title(l), session: session, path: "/files/\(upload.id)/tools/\(tool.id)\(choice.query)").render(body)
    }

    private func control(_ parameter: ParameterDescriptor) -> String {
        let l = session.language
        let key = HTMLText.escape(parameter.key)
        let id = "p-" + key
        let label = HTMLText.escape(parameter.label(l)) + (parameter.required ? "" : #" <span class="muted">\#(l.pick(ja: "（任意）", en: "(optional)"))</span>"#)
        let current = values[parameter.key]
        switch parameter.kind {
        case .column(let kind):
            var html = #"<label class="field" for="\#(id)">\#(label)</label><select name="\#(key)" id="\#(id)">"#
            if !parameter.required || current == nil { html += #"<option value="">—</option>"# }
            for column in columns(kind) {
                html += #"<option value="\#(HTMLText.escape(column.name))"\#(current == column.name ? " selected" : "")>\#(HTMLText.escape(column.letter + " " + column.name))</option>"#
            }
            return html + "</select>"
        case .columns(let kind):
            // The order chosen matters as on the command line (the order of the predictors, of the result's
            // columns): the script keeps the order of the clicks in `<key>.order` fields and shows it; without
            // the script the columns go in the sheet's order.
            let ordered = (current ?? "").split(separator: ",").map(String.init)
            let chosen = Set(ordered)
            var html = #"<label class="field" for="\#(id)">\#(label)</label><select name="\#(key)" id="\#(id)" multiple data-ordered>"#
            for column in columns(kind) {
                html += #"<option value="\#(HTMLText.escape(column.name))"\#(chosen.contains(column.name) ? " selected" : "")>\#(HTMLText.escape(column.letter + " " + column.name))</option>"#
            }
            html += #"</select><span id="\#(id)-order">"#
            html += ordered.map { #"<input type="hidden" name="\#(key).order" value="\#(HTMLText.escape($0))">"# }.joined()
            html += #"</span><p class="note order" id="\#(id)-order-note" data-label="\#(l.pick(ja: "選んだ順:", en: "In this order:"))"></p>"#
            return html + #"<p class="note">\#(l.pick(ja: "Ctrl キーを押しながらクリックすると複数選べます。クリックした順に使います。", en: "Hold Ctrl and click to choose several; they are used in the order clicked."))</p>"#
        case .number(let fallback):
            let shown = current ?? fallback.map(Self.plain) ?? ""
            return #"<label class="field" for="\#(id)">\#(label)</label><input type="text" inputmode="decimal" name="\#(key)" id="\#(id)" value="\#(HTMLText.escape(shown))">"#
        case .integer(let fallback):
            let shown = current ?? fallback.map(String.init) ?? ""
            return #"<label class="field" for="\#(id)">\#(label)</label><input type="text" inputmode="numeric" name="\#(key)" id="\#(id)" value="\#(HTMLText.escape(shown))">"#
        case .choice(let options):
            var html = #"<label class="field" for="\#(id)">\#(label)</label><select name="\#(key)" id="\#(id)">"#
            if !parameter.required { html += #"<option value="">—</option>"# }
            for option in options {
                html += #"<option value="\#(HTMLText.escape(option))"\#(current == option ? " selected" : "")>\#(HTMLText.escape(option))</option>"#
            }
            return html + "</select>"
        case .flag:
            return #"<p><label><input type="checkbox" name="\#(key)" id="\#(id)" value="true"\#(current == "true" ? " checked" : "")> \#(label)</label></p>"#
        case .text:
            return #"<label class="field" for="\#(id)">\#(label)</label><input type="text" name="\#(key)" id="\#(id)" value="\#(HTMLText.escape(current ?? ""))">"#
        }
    }

    /// The table's columns an option of `kind` accepts.
    private func columns(_ kind: ParameterDescriptor.ColumnKind) -> [Column] {
        switch kind {
        case .any: return table.columns
        case .numeric: return table.columns.filter { [.number, .date, .duration, .bool].contains($0.type) }
        case .text: return table.columns.filter { $0.type == .text || $0.type == .bool || $0.type == .number }
        }
    }

    private static func plain(_ value: Double) -> String { NumberText.format(value) }

    /// The form's values for `tool`, keyed as the CLI's options; several chosen columns joined by commas as
    /// the CLI takes them, in the order clicked when the script sent it (`<key>.order`, used only when it names
    /// exactly the chosen columns); empty fields left out.
    static func values(from form: FormData, tool: ToolDescriptor) -> [String: String] {
        func given(_ name: String) -> [String] {
            (form.fields[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var values: [String: String] = [:]
        for parameter in tool.parameters {
            var chosen = given(parameter.key)
            guard !chosen.isEmpty else { continue }
            if case .columns = parameter.kind {
                let order = given(parameter.key + ".order")
                if order.count == chosen.count, Set(order) == Set(chosen) { chosen = order }
            }
            values[parameter.key] = chosen.joined(separator: ",")
        }
        return values
    }
}
