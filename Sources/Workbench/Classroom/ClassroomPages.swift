import Report
import Workshop

/// The participant's classroom page: choose oneself, download one's workbook, hand it in, see ○/×.
struct ClassroomPage {
    let session: Session
    let classroom: Classroom
    let grade: SubmissionGrade?
    let released: Bool
    let uploadLimit: Int
    /// Why the last hand-in was refused before grading (too large, no file), shown under its file control.
    var error: String? = nil

    func render() -> String {
        let l = session.language
        let title = l == .ja ? classroom.spec.title.ja : (classroom.spec.title.en ?? classroom.spec.title.ja)
        var body = #"<div class="card"><h1>\#(HTMLText.escape(title))</h1>"#
        let me = session.participant.flatMap(classroom.participant)
        body += #"<form method="post" action="/class/join">\#(PageLayout.csrfField(session))<label class="field" for="participant">\#(l.pick(ja: classroom.named ? "あなたの名前" : "あなたの番号", en: classroom.named ? "Your name" : "Your number"))</label><select name="participant" id="participant">"#
        if me == nil { body += #"<option value="">—</option>"# }
        for participant in classroom.roster.participants {
            body += #"<option value="\#(participant.number)"\#(participant.number == me?.number ? " selected" : "")>\#(HTMLText.escape(ClassroomText.person(participant, l)))</option>"#
        }
        body += #"</select> <button class="plain" type="submit" id="join">\#(l.pick(ja: "決定", en: "Choose"))</button></form>"#
        if let me {
            body += #"<h3>1. \#(l.pick(ja: "演習ブックを受け取る", en: "Get your exercise workbook"))</h3><p><a class="button" href="/class/workbook" id="exercise-download">\#(HTMLText.escape(classroom.roster.fileStem(for: me, exerciseID: classroom.spec.id))).xlsx</a></p>"#
            body += #"<h3>2. \#(l.pick(ja: "回答を書いたブックを提出する", en: "Hand in the filled-in workbook"))</h3>"#
            body += #"<form class="work" method="post" action="/class/submit" enctype="multipart/form-data">\#(PageLayout.csrfField(session))<div class="drop"><input type="file" name="file" id="submission" accept=".xlsx" required>\#(error.map { #"<p class="error" id="submission-error">\#(HTMLText.escape($0))</p>"# } ?? "")</div><p><button class="primary" type="submit" id="submit">\#(l.pick(ja: "提出して採点", en: "Hand in and grade"))</button>\#(PageLayout.progress(l, l.pick(ja: "採点中…", en: "Grading…")))</p><p class="note">\#(l.pick(ja: "何度でも提出できます（最後の提出が記録されます）。上限 \(uploadLimit >> 20) MB。", en: "You may hand in again; the last one counts. Up to \(uploadLimit >> 20) MB."))</p></form>"#
        }
        body += "</div>"
        if let grade { body += GradeView(grade: grade, spec: classroom.spec, released: released, language: l).render() }
        return PageLayout(title: title, session: session, path: "/class").render(body)
    }
}

/// One graded submission as ○/× with the rounding asked and a hint per wrong answer; the expected value of
/// a wrong answer appears only once the instructor has released the keys.
struct GradeView {
    let grade: SubmissionGrade
    let spec: ExerciseSpec
    let released: Bool
    let language: Language

    func render() -> String {
        let l = language
        guard case .graded(let variant, let figures) = grade.outcome else {
            return #"<div class="card" id="grade"><p class="error" id="grade-problem">\#(HTMLText.escape(problem))</p></div>"#
        }
        let decimals = Dictionary(AnswerSheetLayout(spec: spec).figures.map { ($0.figure.id, $0.figure.decimals) },
                                  uniquingKeysWith: { first, _ in first })
        var html = #"<div class="card" id="grade"><h2>\#(l.pick(ja: "採点結果", en: "Your grade"))</h2>"#
        html += #"<p class="score" id="score">\#(grade.correctCount) / \#(figures.count)</p><p class="muted">\#(l.pick(ja: "データ番号 \(variant)", en: "Data number \(variant)"))</p>"#
        html += #"<table class="cols" id="answers"><thead><tr><th>\#(l.pick(ja: "課題", en: "Task"))</th><th>\#(l.pick(ja: "項目", en: "Figure"))</th><th>\#(l.pick(ja: "あなたの回答", en: "Your answer"))</th><th>\#(l.pick(ja: "判定", en: "Verdict"))</th><th>\#(l.pick(ja: "桁数", en: "Rounding"))</th><th>\#(l.pick(ja: "ヒント", en: "Hint"))</th></tr></thead><tbody>"#
        for figure in figures {
            let label = l == .ja ? figure.expected.label.ja : (figure.expected.label.en ?? figure.expected.label.ja)
            let places = decimals[figure.expected.figureID] ?? nil
            var hint = ""
            switch figure.status {
            case .incorrect:
                hint = figure.slip.map { ClassroomText.slip($0, l) } ?? l.pick(ja: "もう一度、結果の表のどの値かを確かめましょう。", en: "Check again which figure of the result table it is.")
                if released {
                    hint += " " + l.pick(ja: "正解: ", en: "Answer: ") + ClassroomText.expected(figure.expected.value, decimals: places, l)
                }
            case .blank, .unreadable, .noKey: hint = ClassroomText.status(figure.status, l)
            case .correct: break
            }
            let verdict = figure.status == .correct ? "ok" : "ng"
            html += "<tr><td>\(spec.taskNumber(of: figure.expected.taskID))</td><td>\(HTMLText.escape(label))</td>"
            html += #"<td class="num">\#(HTMLText.escape(ClassroomText.given(figure.given, l)))</td><td class="mark \#(verdict)" title="\#(ClassroomText.status(figure.status, l))">\#(ClassroomText.mark(figure.status))</td>"#
            html += "<td>\(HTMLText.escape(ClassroomText.rounding(places, l)))</td><td>\(HTMLText.escape(hint))</td></tr>"
        }
        html += "</tbody></table>"
        if let review = grade.dataReview, !review.isUnchanged {
            html += #"<p class="note">\#(HTMLText.escape(GradeWorkbook.dataNote(review)))</p>"#
        }
        if !spec.hints.isEmpty, figures.contains(where: { $0.status != .correct }) {
            html += "<h3>" + l.pick(ja: "ヒント", en: "Hints") + "</h3><ul>"
            for hint in spec.hints { html += "<li>\(HTMLText.escape(l == .ja ? hint.ja : (hint.en ?? hint.ja)))</li>" }
            html += "</ul>"
        }
        return html + "</div>"
    }

    private var problem: String {
        let l = language
        switch grade.outcome {
        case .unidentified:
            return l.pick(ja: "このファイルは演習ブックではないか、隠しシートが消されています。受け取った演習ブックに回答を書いて提出してください。",
                          en: "This file is not an exercise workbook, or its hidden sheet was removed; hand in the workbook you were given.")
        case .otherExercise(let id):
            return l.pick(ja: "このファイルは別の演習（\(id)）のものです。", en: "This file belongs to another exercise (\(id)).")
        case .specChanged:
            return l.pick(ja: "演習ブックが配られた後で演習の設定が変わりました。講師に知らせてください。",
                          en: "The exercise changed after this workbook was handed out; tell the instructor.")
        case .unreadable(let reason):
            return l.pick(ja: "ファイルを読めませんでした: \(reason)", en: "The file could not be read: \(reason)")
        case .graded: return ""
        }
    }
}
