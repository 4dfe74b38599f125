/// The start page: choose or drop a file (and, in classroom mode, the way to the exercise).
struct HomePage {
    let session: Session
    let classroom: Bool
    let uploadLimit: Int
    /// Why the last upload was refused, shown under the file control it concerns.
    var error: String? = nil

    func render() -> String {
        let l = session.language
        var body = ""
        if classroom {
            body += #"<div class="card"><h1>\#(l.pick(ja: "演習", en: "Exercise"))</h1><p><a class="button" href="/class" id="to-class">\#(l.pick(ja: "自分の演習ブックを受け取る・提出する", en: "Get or hand in your exercise workbook"))</a></p></div>"#
        }
        body += """
        <div class="card">\(PageLayout.steps(l, current: 1))<h1>\(l.pick(ja: "分析するファイルを選ぶ", en: "Choose a file to analyse"))</h1>
        <form class="work" method="post" action="/upload" enctype="multipart/form-data">\(PageLayout.csrfField(session))
        <div class="drop"><p>\(l.pick(ja: "Excel ブック (.xlsx) か CSV ファイルをここにドラッグするか、選んでください。", en: "Drag an Excel workbook (.xlsx) or a CSV file here, or choose one."))</p>
        <input type="file" name="file" id="file" accept=".xlsx,.xlsm,.csv,.tsv,.txt" required>\(error.map { #"<p class="error" id="upload-error">\#(HTMLText.escape($0))</p>"# } ?? "")</div>
        <p><button class="primary" type="submit" id="upload">\(l.pick(ja: "読み込む", en: "Read it"))</button>\(PageLayout.progress(l, l.pick(ja: "読み込み中…", en: "Reading…")))</p>
        <p class="note">\(l.pick(ja: "上限 \(uploadLimit >> 20) MB。", en: "Up to \(uploadLimit >> 20) MB."))</p></form></div>
        <div class="card"><form method="post" action="/session/end">\(PageLayout.csrfField(session))
        <button class="plain" type="submit" id="end-session">\(l.pick(ja: "終わる（ファイルと結果をすべて消す）", en: "Finish (delete all files and results)"))</button></form></div>
        """
        return PageLayout(title: l.pick(ja: "ファイルを選ぶ", en: "Choose a file"), session: session, path: "/").render(body)
    }
}
