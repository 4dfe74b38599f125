import Report

/// The instructor's grade workbook: one row per returned file (verdict per figure, score, short
/// feedback) and a detail sheet with every answer next to the expected value.
public enum GradeWorkbook {
    /// The document for `grades` of `spec`'s submissions.
    public static func document(spec: ExerciseSpec, grades: [SubmissionGrade]) -> ReportDocument {
        ReportDocument(sheets: [summarySheet(spec, grades: grades), detailSheet(grades)],
                       properties: .init(title: spec.title.ja + "（採点結果）"))
    }

    static func summarySheet(_ spec: ExerciseSpec, grades: [SubmissionGrade]) -> ReportSheet {
        let figures = AnswerSheetLayout(spec: spec).figures.map(\.figure)
        var filesPerVariant: [Int: Int] = [:]
        for grade in grades {
            if case .graded(let variant, _) = grade.outcome { filesPerVariant[variant, default: 0] += 1 }
        }
        let rows = grades.map { grade -> ReportTable.Row in
            let verdicts: [ReportCell?]
            let variant: ReportCell?
            let score: ReportCell?
            if case .graded(let number, let graded) = grade.outcome {
                variant = .number(Double(number))
                score = .number(Double(grade.correctCount))
                verdicts = figures.map { figure in
                    graded.first { $0.expected.figureID == figure.id }.map { .text(symbol($0.status)) }
                }
            } else {
                (variant, score, verdicts) = (nil, nil, [])
            }
            var note = feedback(grade)
            if case .graded(let number, _) = grade.outcome, filesPerVariant[number, default: 0] > 1 {
                // Two returned files of one variant: a resubmission, or a copied workbook.
                note += "　同じ課題番号のファイルが他にもあります。"
            }
            return ReportTable.Row(grade.file, [variant, score, .number(Double(figures.count)), .text(note)] + verdicts)
        }
        let table = ReportTable(columnHeaders: ["ファイル", "課題番号", "得点", "満点", "フィードバック"] + figures.map(\.label.ja),
                                rows: rows)
        return ReportSheet(name: "採点結果", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("採点結果　\(spec.title.ja)")),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes(["○ 正解　× 不正解　空欄 未回答　? 読めない回答　－ 正解を計算できない項目"])),
            ReportBlock(at: CellAddress(row: 3, column: 0), .table(table)),
        ], options: SheetOptions(frozenRows: 4, frozenColumns: 1))
    }

    static func detailSheet(_ grades: [SubmissionGrade]) -> ReportSheet {
        var rows: [ReportTable.Row] = []
        for grade in grades {
            guard case .graded(_, let figures) = grade.outcome else { continue }
            rows += figures.map { figure in
                ReportTable.Row(grade.file, [.text(figure.expected.label.ja), given(figure.given),
                                             AnswerCells.expected(figure.expected.value), .text(symbol(figure.status))])
            }
        }
        let table = ReportTable(columnHeaders: ["ファイル", "項目", "回答", "正解", "判定"], rows: rows)
        return ReportSheet(name: "詳細", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .table(table))],
                           options: SheetOptions(frozenRows: 1))
    }

    /// One short sentence per file: what to look at, or why it was not graded.
    static func feedback(_ grade: SubmissionGrade) -> String {
        switch grade.outcome {
        case .graded(_, let figures):
            let wrong = figures.filter { $0.status == .incorrect || $0.status == .unreadable }.map(\.expected.label.ja)
            let blank = figures.filter { $0.status == .blank }.map(\.expected.label.ja)
            var parts: [String] = []
            if !wrong.isEmpty { parts.append("見直し: " + wrong.joined(separator: "、")) }
            if !blank.isEmpty { parts.append("未回答: " + blank.joined(separator: "、")) }
            return parts.isEmpty ? "すべて正解です。" : parts.joined(separator: "　")
        case .unidentified:
            return "演習のブックではないか、回答シートの照合コードが消されています。採点していません。"
        case .otherExercise(let exerciseID):
            return "別の演習（\(exerciseID)）のブックです。採点していません。"
        case .alteredData:
            return "データシートが配布時と異なります（並べ替えや修正はコピーしたシートで行います）。採点していません。"
        case .unreadable(let reason):
            return "ファイルを読めませんでした: \(reason)"
        }
    }

    private static func symbol(_ status: GradeStatus) -> String {
        switch status {
        case .correct: return "○"
        case .incorrect: return "×"
        case .blank: return "空欄"
        case .unreadable: return "?"
        case .noKey: return "－"
        }
    }

    private static func given(_ answer: ParsedAnswer) -> ReportCell? {
        switch answer {
        case .blank: return nil
        case .number(let value): return .number(value)
        case .decision(let decision): return .text(decision ? "はい" : "いいえ")
        case .unreadable(let text): return .text(text)
        }
    }
}
