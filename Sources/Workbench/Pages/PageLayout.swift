import Report

extension Language {
    func pick(ja: String, en: String) -> String { self == .ja ? ja : en }
}

/// The frame of every page: header with the language switch, the content, and the privacy line.
struct PageLayout {
    let title: String
    let session: Session
    /// Where the language switch returns to (a path of this server).
    let path: String

    func render(_ content: String) -> String {
        let language = session.language
        let other: Language = language == .ja ? .en : .ja
        let toggle = """
        <form method="post" action="/language"><input type="hidden" name="csrf" value="\(session.csrf)">\
        <input type="hidden" name="lang" value="\(other.rawValue)"><input type="hidden" name="back" value="\(HTMLText.escape(path))">\
        <button type="submit" id="language">\(other == .en ? "English" : "日本語")</button></form>
        """
        return """
        <!doctype html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title)) — Bunseki</title>
        <link rel="stylesheet" href="/assets/app.css"><script src="/assets/app.js" defer></script></head>
        <body><header class="top"><a class="brand" href="/">分析 Bunseki</a>\
        <span>\(language.pick(ja: "Excel データ分析ワークベンチ", en: "Excel data analysis workbench"))</span>\(toggle)</header>
        <main>\(content)</main>
        <footer>\(HTMLText.escape(Self.privacy(language)))</footer>
        </body></html>
        """
    }

    /// The privacy statement every page carries (docs/SERVE.md has the full one).
    static func privacy(_ language: Language) -> String {
        language.pick(
            ja: "アップロードしたファイルはこのコンピューターのメモリーだけに置かれ、あなたのセッションだけが使えます。結果をダウンロードするか、セッションを終えるか、サーバーが止まると消えます。ログにはファイルの名前も中身も残りません。インターネットには何も送りません。",
            en: "Uploaded files stay in this computer's memory, for your session only. They are deleted when you download the result, end the session, or the server stops. Logs never hold file names or contents. Nothing is sent to the internet.")
    }

    /// The steps of the participant flow, the current one marked.
    static func steps(_ language: Language, current: Int) -> String {
        let names = language == .ja
            ? ["1 ファイル", "2 シートと表", "3 分析ツール", "4 設定", "5 結果"]
            : ["1 File", "2 Sheet and table", "3 Tool", "4 Options", "5 Result"]
        return #"<div class="steps">"# + names.enumerated().map { index, name in
            #"<span\#(index + 1 == current ? #" class="now""# : "")>\#(name)</span>"#
        }.joined() + "</div>"
    }

    /// The note shown while a form's work runs (`app.js`): `label`, then where the session's work stands in
    /// the server's queue (`GET /progress`) and the seconds elapsed, updated every second.
    static func progress(_ language: Language, _ label: String) -> String {
        #"<span class="progress" aria-live="polite" data-elapsed="\#(language.pick(ja: "経過 {s} 秒", en: "{s} s elapsed"))">\#(label)</span>"#
    }

    static func csrfField(_ session: Session) -> String {
        #"<input type="hidden" name="csrf" value="\#(session.csrf)">"#
    }
}
