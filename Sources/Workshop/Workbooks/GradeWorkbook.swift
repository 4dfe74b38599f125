import Report

/// The instructor's grade workbook: 採点結果 (one row per returned file: participant, verdict per
/// figure, score, feedback, what was done to the data sheet), 振り返り (the debrief: who has not
/// submitted, correct rate per question, score distribution with a chart, the most common wrong
/// answers and their likely causes) and 詳細 (every answer next to the expected value).
public enum GradeWorkbook {
    /// The document for `grades` of `spec`'s submissions; `roster` names participants and lists who
    /// has not submitted.
    public static func document(spec: ExerciseSpec, grades: [SubmissionGrade], roster: ClassRoster? = nil) -> ReportDocument {
        let debrief = ClassDebrief(spec: spec, grades: grades, roster: roster)
        return ReportDocument(sheets: [summarySheet(spec, grades: grades, roster: roster), debriefSheet(spec, debrief: debrief),
                                       detailSheet(grades, roster: roster)],
                              properties: .init(title: spec.title.ja + "（採点結果）"))
    }

    /// The participant's name: from the roster by data number, else as typed on the 回答 sheet.
    public static func name(of grade: SubmissionGrade, roster: ClassRoster?) -> String? {
        if let variant = grade.variant, let name = roster?.participants.first(where: { $0.variant == variant })?.name {
            return name
        }
        return grade.typedName
    }

    static func summarySheet(_ spec: ExerciseSpec, grades: [SubmissionGrade], roster: ClassRoster? = nil) -> ReportSheet {
        let figures = AnswerSheetLayout(spec: spec).figures.map(\.figure)
        var filesPerVariant: [Int: Int] = [:]
        for grade in grades {
            if case .graded(let variant, _) = grade.outcome { filesPerVariant[variant, default: 0] += 1 }
        }
        var rows = grades.map { grade -> ReportTable.Row in
            let verdicts: [ReportCell?]
            let score: ReportCell?
            if case .graded(_, let graded) = grade.outcome {
                score = .number(Double(grade.correctCount))
                verdicts = figures.map { figure in
                    graded.first { $0.expected.figureID == figure.id }.map { .text(symbol($0.status)) }
                }
            } else {
                (score, verdicts) = (nil, [])
            }
            var note = feedback(grade)
            if let variant = grade.variant, filesPerVariant[variant, default: 0] > 1 {
                // Two returned files of one variant: a resubmission, or a copied workbook.
                note += "　同じデータ番号のファイルが他にもあります。"
            }
            let data = grade.dataReview.map(dataNote) ?? ""
            return ReportTable.Row(grade.file, [
                grade.variant.map { .number(Double($0)) }, name(of: grade, roster: roster).map { .text($0) },
                grade.variant.map { .number(Double($0)) }, score, .number(Double(figures.count)), .text(note),
                data.isEmpty ? nil : .text(data),
            ] + verdicts)
        }
        let submitted = Set(grades.compactMap(\.variant))
        for participant in roster?.participants ?? [] where !submitted.contains(participant.variant) {
            rows.append(ReportTable.Row("（未提出）", [.number(Double(participant.number)), participant.name.map { .text($0) },
                                                  .number(Double(participant.variant)), nil, .number(Double(figures.count)),
                                                  .text("未提出です。")]))
        }
        let table = ReportTable(columnHeaders: ["ファイル", "受講者番号", "氏名", "データ番号", "得点", "満点", "フィードバック",
                                                "データシート"] + figures.map(\.label.ja),
                                rows: rows)
        return ReportSheet(name: "採点結果", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("採点結果　\(spec.title.ja)")),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes(["○ 正解　× 不正解　空欄 未回答　? 読めない回答　－ 正解を計算できない項目"])),
            ReportBlock(at: CellAddress(row: 3, column: 0), .table(table)),
        ], options: SheetOptions(frozenRows: 4, frozenColumns: 1))
    }

    /// The 振り返り sheet.
    static func debriefSheet(_ spec: ExerciseSpec, debrief: ClassDebrief) -> ReportSheet {
        let sheetName = "振り返り"
        var blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("振り返り　\(spec.title.ja)")),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes([debrief.summaryJapanese])),
        ]
        let questionRows = debrief.questions.map { question in
            ReportTable.Row(question.figure.label.ja, [
                .number(Double(question.correct)), .number(Double(question.graded)),
                .number(question.rate, format: .percent(0)),
                .text(question.commonWrong.map { "\($0.answer)（\($0.count)人）" }.joined(separator: "、")),
                .text(question.commonSlips.map { "\($0.slip.shortJapanese)（\($0.count)人）" }.joined(separator: "、")),
            ])
        }
        let questionTop = 3
        blocks.append(ReportBlock(at: CellAddress(row: questionTop, column: 0), .table(ReportTable(
            heading: "問題ごとの正答率（受講者ごとに最高得点のファイル）",
            columnHeaders: ["項目", "正解", "採点", "正答率", "多かった誤答", "考えられる原因"], rows: questionRows))))
        let distributionTop = questionTop + debrief.questions.count + 4
        let distributionRows = debrief.distribution.enumerated().map { score, count in
            ReportTable.Row(labelCell: .number(Double(score)), [.number(Double(count))])
        }
        blocks.append(ReportBlock(at: CellAddress(row: distributionTop, column: 0), .table(ReportTable(
            heading: "得点の分布", columnHeaders: ["得点", "人数"], rows: distributionRows))))
        // Table layout: heading row, header row, then the rows.
        let firstRow = distributionTop + 2, lastRow = firstRow + debrief.distribution.count - 1
        let chart = ChartSpec(kind: .column, title: "得点の分布", xAxisTitle: "得点", yAxisTitle: "人数",
                              series: [ChartSpec.Series(
                                  name: "人数",
                                  categories: CellRange(sheet: sheetName, first: CellAddress(row: firstRow, column: 0),
                                                        last: CellAddress(row: lastRow, column: 0)),
                                  values: CellRange(sheet: sheetName, first: CellAddress(row: firstRow, column: 1),
                                                    last: CellAddress(row: lastRow, column: 1)))],
                              barGap: 50, yAxisMinimum: 0, anchor: CellAddress(row: distributionTop, column: 3))
        return ReportSheet(name: sheetName, blocks: blocks, charts: [chart],
                           options: SheetOptions(minimumColumnWidths: [0: 30, 4: 30, 5: 30]))
    }

    static func detailSheet(_ grades: [SubmissionGrade], roster: ClassRoster? = nil) -> ReportSheet {
        var rows: [ReportTable.Row] = []
        for grade in grades {
            guard case .graded(_, let figures) = grade.outcome else { continue }
            rows += figures.map { figure in
                ReportTable.Row(grade.file, [name(of: grade, roster: roster).map { .text($0) },
                                             .text(figure.expected.label.ja), given(figure.given),
                                             AnswerCells.expected(figure.expected.value), .text(symbol(figure.status)),
                                             figure.slip.map { .text($0.shortJapanese) }])
            }
        }
        let table = ReportTable(columnHeaders: ["ファイル", "氏名", "項目", "回答", "正解", "判定", "考えられる原因"], rows: rows)
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
        case .specChanged(let variant):
            return "配布後に演習ファイルのデータ設定（seed など）が変わったため、このファイル（データ番号 \(variant)）のデータを再現できません。配布したときの演習ファイルを --earlier-spec で指定して採点してください。"
        case .unreadable(let reason):
            return "ファイルを読めませんでした: \(reason)"
        }
    }

    /// What was done to the データ sheet, in one line: cleaning accepted first, then warnings.
    public static func dataNote(_ review: DataSheetReview) -> String {
        let accepted = review.accepted.map(DataChangeText.japanese)
        let warnings = review.warnings.map(DataChangeText.japanese)
        var parts: [String] = []
        if !accepted.isEmpty { parts.append("整理（採点に影響なし）: " + accepted.joined(separator: "、")) }
        if !warnings.isEmpty { parts.append("注意: " + warnings.joined(separator: "、")) }
        return parts.joined(separator: "　")
    }

    static func symbol(_ status: GradeStatus) -> String {
        switch status {
        case .correct: return "○"
        case .incorrect: return "×"
        case .blank: return "空欄"
        case .unreadable: return "?"
        case .noKey: return "－"
        }
    }

    static func given(_ answer: ParsedAnswer) -> ReportCell? {
        switch answer {
        case .blank: return nil
        case .number(let value): return .number(value)
        case .decision(let decision): return .text(decision ? "はい" : "いいえ")
        case .unreadable(let text): return .text(text)
        }
    }
}

/// Data sheet changes in words, naming the cells (at most ten, then how many more).
public enum DataChangeText {
    static func cells(_ list: [String]) -> String {
        list.count <= 10 ? list.joined(separator: ", ") : list.prefix(10).joined(separator: ", ") + " ほか \(list.count - 10) セル"
    }

    static func rows(_ list: [Int]) -> String {
        let text = list.prefix(10).map(String.init).joined(separator: ", ")
        return list.count <= 10 ? text : text + " ほか \(list.count - 10) 行"
    }

    /// The change in Japanese.
    public static func japanese(_ change: DataChange) -> String {
        switch change {
        case .cleaned(let list): return "汚れた値を数値に直したセル \(cells(list))"
        case .blankRowsRemoved(let list): return "空欄のある行を削除（配布時の \(rows(list)) 行目）"
        case .helperColumns(let names): return "作業列を追加（\(names.joined(separator: ", "))）"
        case .helperSheets(let names): return "シートを追加（\(names.joined(separator: ", "))）"
        case .sorted: return "並べ替え"
        case .changedValues(let list): return "元の値と異なるセル \(cells(list))"
        case .rowsRemoved(let list): return "空欄のない行を削除（配布時の \(rows(list)) 行目）"
        case .rowsAdded(let list): return "配布時にない行（\(rows(list)) 行目）"
        case .dataSheetMissing: return "データシートがありません"
        }
    }

    /// The change in English.
    public static func english(_ change: DataChange) -> String {
        switch change {
        case .cleaned(let list): return "messy values converted in \(cells(list))"
        case .blankRowsRemoved(let list): return "rows with a blank deleted (rows \(rows(list)) as handed out)"
        case .helperColumns(let names): return "helper columns added (\(names.joined(separator: ", ")))"
        case .helperSheets(let names): return "sheets added (\(names.joined(separator: ", ")))"
        case .sorted: return "rows sorted"
        case .changedValues(let list): return "values differ from the data handed out in \(cells(list))"
        case .rowsRemoved(let list): return "complete rows deleted (rows \(rows(list)) as handed out)"
        case .rowsAdded(let list): return "rows not in the data handed out (rows \(rows(list)))"
        case .dataSheetMissing: return "the データ sheet is missing"
        }
    }
}
