import Report
import Workshop

/// The instructor's page: who has downloaded and handed in, each one's score, the correct rate per
/// question, the grade workbook, and the switch that releases the keys to participants.
struct InstructorPage {
    let session: Session
    let classroom: Classroom
    let downloaded: Set<Int>
    let grades: [Int: SubmissionGrade]
    /// Hand-ins that match no participant's workbook (another file, an unreadable one).
    let unidentified: Int
    let debrief: ClassDebrief
    let released: Bool

    static let refreshSeconds = 10

    func render() -> String {
        let l = session.language
        let spec = classroom.spec
        var body = #"<div class="card"><h1>\#(l.pick(ja: "講師ページ", en: "Instructor")) — \#(HTMLText.escape(spec.title.ja))</h1>"#
        body += #"<p id="summary">\#(HTMLText.escape(l == .ja ? debrief.summaryJapanese : debrief.summaryEnglish))</p>"#
        body += #"<p><a class="button" href="/teacher/grades.xlsx" id="grades-download">\#(l.pick(ja: "採点結果のブックをダウンロード", en: "Download the grade workbook"))</a> "#
        body += #"<form method="post" action="/teacher/release" class="inline">\#(PageLayout.csrfField(session))<input type="hidden" name="release" value="\#(released ? "0" : "1")"><button class="plain" type="submit" id="release">\#(released ? l.pick(ja: "正解の公開をやめる", en: "Hide the answers again") : l.pick(ja: "正解を受講者に公開する", en: "Show the answers to participants"))</button></form></p>"#
        if unidentified > 0 {
            body += #"<p class="note" id="unidentified">\#(l.pick(ja: "演習ブックと照合できなかった提出: \(unidentified) 件（採点結果のブックに載ります）", en: "Hand-ins matching no exercise workbook: \(unidentified) (listed in the grade workbook)"))</p>"#
        }
        // Live: the page reloads itself (app.js, data-refresh) so the scores move as participants hand in.
        body += #"<p class="muted" id="live" data-refresh="\#(Self.refreshSeconds)">\#(l.pick(ja: "このページは \(Self.refreshSeconds) 秒ごとに最新の状態に更新されます。", en: "This page updates itself every \(Self.refreshSeconds) seconds."))</p></div>"#
        body += #"<div class="card"><h2>\#(l.pick(ja: "受講者", en: "Participants"))</h2><table class="cols" id="participants"><thead><tr><th>\#(l.pick(ja: "番号", en: "No."))</th><th>\#(l.pick(ja: "名前", en: "Name"))</th><th>\#(l.pick(ja: "受け取り", en: "Downloaded"))</th><th>\#(l.pick(ja: "提出", en: "Handed in"))</th><th>\#(l.pick(ja: "得点", en: "Score"))</th></tr></thead><tbody>"#
        for participant in classroom.roster.participants {
            let grade = grades[participant.number]
            var score = ""
            if let grade, case .graded(_, let figures) = grade.outcome { score = "\(grade.correctCount) / \(figures.count)" }
            body += "<tr><td>\(participant.number)</td><td>\(HTMLText.escape(participant.name ?? ""))</td>"
            body += "<td>\(downloaded.contains(participant.number) ? "✓" : "")</td><td>\(grade == nil ? "" : "✓")</td>"
            body += #"<td class="num">\#(score)</td></tr>"#
        }
        body += "</tbody></table></div>"
        body += #"<div class="card"><h2>\#(l.pick(ja: "設問ごとの正答率", en: "Correct rate per question"))</h2><table class="cols" id="questions"><thead><tr><th>\#(l.pick(ja: "項目", en: "Figure"))</th><th>\#(l.pick(ja: "正解", en: "Correct"))</th><th>\#(l.pick(ja: "採点数", en: "Graded"))</th><th>\#(l.pick(ja: "正答率", en: "Rate"))</th></tr></thead><tbody>"#
        for question in debrief.questions {
            let label = l == .ja ? question.figure.label.ja : (question.figure.label.en ?? question.figure.label.ja)
            let rate = question.graded == 0 ? "－" : "\(Int((question.rate * 100).rounded()))%"
            body += #"<tr><td>\#(HTMLText.escape(label))</td><td class="num">\#(question.correct)</td><td class="num">\#(question.graded)</td><td class="num">\#(rate)</td></tr>"#
        }
        body += "</tbody></table></div>"
        return PageLayout(title: l.pick(ja: "講師ページ", en: "Instructor"), session: session, path: "/teacher").render(body)
    }
}
