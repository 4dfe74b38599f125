/// Step 5: the result workbook as a page (`DocumentHTML`: the same tables, figures, readings and charts)
/// and its download.
struct ResultPage {
    let session: Session
    let result: StoredResult
    let toolTitle: String
    let uploadKept: Bool

    func render() -> String {
        let l = session.language
        var body = #"<div class="card">\#(PageLayout.steps(l, current: 5))<h1>\#(HTMLText.escape(toolTitle))</h1>"#
        body += #"<p><a class="button" href="/results/\#(result.id)/download" id="download">\#(l.pick(ja: "結果のブックをダウンロード", en: "Download the result workbook")) (\#(HTMLText.escape(result.fileName)))</a>\#(PageLayout.progress(l, l.pick(ja: "ブックを作成中…", en: "Writing the workbook…")))</p>"#
        body += #"<p class="note">\#(l.pick(ja: "ダウンロードすると、この結果と元のファイルはサーバーから消えます。セルにマウスを置くと Excel の式が見えます。", en: "Once downloaded, this result and its file are deleted from the server. Hover over a figure to see its Excel formula."))</p>"#
        if uploadKept {
            body += #"<p><a href="/files/\#(result.uploadID)">\#(l.pick(ja: "同じファイルで別の分析をする", en: "Another analysis of the same file"))</a> · <a href="/">\#(l.pick(ja: "別のファイルを選ぶ", en: "Choose another file"))</a></p>"#
        }
        body += "</div>"
        body += #"<div id="result">"# + result.page + "</div>"
        return PageLayout(title: toolTitle, session: session, path: "/results/\(result.id)").render(body)
    }
}
