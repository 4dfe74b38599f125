import Foundation
import Report

/// One participant's feedback: each answer with ○/×, the value rounded as asked, and for a wrong
/// answer the likely cause when a known slip reproduces it on their own data; then what was done to
/// the データ sheet.
public enum FeedbackWorkbook {
    /// The document for one graded file; `nil` for a file that was not graded.
    public static func document(spec: ExerciseSpec, grade: SubmissionGrade, name: String?) -> ReportDocument? {
        guard case .graded(let variant, let figures) = grade.outcome else { return nil }
        let layout = AnswerSheetLayout(spec: spec).figures.map(\.figure)
        let rows = figures.map { result in
            let figure = layout.first { $0.id == result.expected.figureID }
            let cause: String
            switch result.status {
            case .correct: cause = ""
            case .blank: cause = "未回答です。"
            case .unreadable: cause = "数値または はい/いいえ として読めません。"
            case .noKey: cause = "この項目は採点していません。"
            case .incorrect: cause = result.slip?.japanese ?? ""
            }
            return ReportTable.Row("課題\(spec.taskNumber(of: result.expected.taskID))", [
                .text(result.expected.label.ja), GradeWorkbook.given(result.given), .text(GradeWorkbook.symbol(result.status)),
                AnswerCells.typed(result.expected.value, decimals: figure?.decimals), cause.isEmpty ? nil : .text(cause),
            ])
        }
        var heading = "フィードバック　\(spec.title.ja)"
        if let name { heading += "　\(name) さん" }
        var notes = ["得点 \(grade.correctCount) / \(figures.count)（データ番号 \(variant)）"]
        if let review = grade.dataReview, !review.isUnchanged { notes.append("データシート: " + GradeWorkbook.dataNote(review)) }
        let table = ReportTable(columnHeaders: ["課題", "項目", "あなたの回答", "判定", "正解（指定の桁数）", "考えられる原因"], rows: rows)
        return ReportDocument(sheets: [ReportSheet(name: "フィードバック", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(heading)),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes(notes)),
            ReportBlock(at: CellAddress(row: 1 + notes.count + 1, column: 0), .table(table)),
        ], options: SheetOptions(minimumColumnWidths: [1: 36, 2: 14, 4: 16, 5: 60]))], properties: .init(title: heading))
    }
}

/// The scores as CSV for a learning-management system: 受講者番号, 氏名, ファイル, 1/0 per figure, 合計.
public enum ScoresCSV {
    /// The CSV text (UTF-8 with a byte-order mark so Excel opens it with the right encoding; CRLF lines).
    public static func text(spec: ExerciseSpec, grades: [SubmissionGrade], roster: ClassRoster?) -> String {
        let figures = AnswerSheetLayout(spec: spec).figures.map(\.figure)
        var lines = [(["受講者番号", "氏名", "ファイル"] + figures.map(\.label.ja) + ["合計"]).map(field).joined(separator: ",")]
        var best: [Int: SubmissionGrade] = [:]
        for grade in grades {
            guard case .graded(let variant, _) = grade.outcome else { continue }
            if best[variant].map({ $0.correctCount < grade.correctCount }) ?? true { best[variant] = grade }
        }
        var numbers = Set(best.keys)
        numbers.formUnion(roster?.participants.map(\.variant) ?? [])
        for number in numbers.sorted() {
            let name = roster?.participants.first { $0.variant == number }?.name
            guard let grade = best[number], case .graded(_, let results) = grade.outcome else {
                lines.append(([String(number), name ?? "", "（未提出）"] + figures.map { _ in "" } + [""]).map(field)
                    .joined(separator: ","))
                continue
            }
            let marks = figures.map { figure in
                results.first { $0.expected.figureID == figure.id }.map { $0.status == .correct ? "1" : "0" } ?? ""
            }
            lines.append(([String(number), GradeWorkbook.name(of: grade, roster: roster) ?? "", grade.file] + marks
                          + [String(grade.correctCount)]).map(field).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
