import Report

/// The workbook handed to one participant: 説明 (story, tasks, hints), データ (the variant's data)
/// and 回答 (one highlighted, unlocked input cell per figure; everything else protected); with `ebpmSheet: true`
/// also 根拠シート, the blank evidence worksheet.
public enum ExerciseWorkbook {
    /// The data sheet's name.
    public static let dataSheetName = "データ"
    /// The explanation sheet's name.
    public static let explanationSheetName = "説明"

    /// The document for `dataset`, a variant of `spec`.
    /// `participant` fills 受講者番号 and 氏名 on the 回答 sheet (the name stays an input cell without a roster).
    public static func document(spec: ExerciseSpec, dataset: GeneratedDataset,
                                participant: ClassRoster.Participant? = nil) -> ReportDocument {
        let stamp = ExerciseStamp(exerciseID: spec.id, variant: dataset.variant,
                                  dataFingerprint: DataFingerprint.of(dataset: dataset))
        var sheets = [explanationSheet(spec, dataset: dataset), dataSheet(dataset),
                      answerSheet(spec, stamp: stamp, participant: participant)]
        // The evidence worksheet (根拠シート) when the spec asks for it, after the answers.
        if spec.ebpmSheet == true { sheets.append(EvidenceSheetLayout.sheet(language: .ja)) }
        return ReportDocument(sheets: sheets, properties: .init(title: spec.title.ja))
    }

    static func explanationSheet(_ spec: ExerciseSpec, dataset: GeneratedDataset) -> ReportSheet {
        var lines: [SheetLine] = [.title(spec.title.ja)]
        if let english = spec.title.en { lines.append(.note(english)) }
        lines += [.blank, .heading("状況")] + paragraphs(spec.story.ja).map(SheetLine.note)
        lines += [.blank, .heading("課題")]
        for (index, task) in spec.tasks.enumerated() {
            let instructions = paragraphs(task.instructions.ja)
            lines.append(.note("課題\(index + 1)  " + (instructions.first ?? "")))
            lines += instructions.dropFirst().map(SheetLine.note)
            lines += task.figures.map { .note("　・\($0.label.ja)" + precisionNote($0)) }
        }
        if !spec.hints.isEmpty {
            lines += [.blank, .heading("ヒント")] + spec.hints.map { .note("・" + $0.ja) }
        }
        lines += [.blank, .heading("進め方"),
                  .note("「\(dataSheetName)」シートに \(dataset.rowCount) 件のデータがあります（列: "
                        + dataset.columns.map(\.name).joined(separator: "、") + "）。"),
                  .note("データの整理（全角数字や単位付きの値を数値に直す、空欄のある行を削除する、並べ替える、作業列を足す）は、このシートで行っても、コピーしたシートで行ってもかまいません。"),
                  .note("答えは「\(AnswerSheetLayout.sheetName)」シートの黄色のセルに入力し、ファイルを保存して提出してください。")]
        return ReportSheet(name: explanationSheetName, blocks: SheetLine.blocks(lines),
                           options: SheetOptions(minimumColumnWidths: [0: 100], isProtected: true))
    }

    static func dataSheet(_ dataset: GeneratedDataset) -> ReportSheet {
        var cells = dataset.columns.enumerated().map { column, generated in
            PositionedCell(CellAddress(row: 0, column: column), .text(generated.name, style: .header))
        }
        for (column, generated) in dataset.columns.enumerated() {
            for (row, cell) in generated.cells.enumerated() {
                guard let reportCell = reportCell(cell) else { continue }
                cells.append(PositionedCell(CellAddress(row: row + 1, column: column), reportCell))
            }
        }
        return ReportSheet(name: dataSheetName, blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                           options: SheetOptions(frozenRows: 1))
    }

    static func answerSheet(_ spec: ExerciseSpec, stamp: ExerciseStamp,
                            participant: ClassRoster.Participant? = nil) -> ReportSheet {
        let layout = AnswerSheetLayout(spec: spec)
        let number = AnswerSheetLayout.participantNumberAddress, name = AnswerSheetLayout.nameAddress
        let nameCell: ReportCell = participant?.name.map { .text($0) } ?? ReportCell(.empty, style: CellStyle(role: .input))
        var cells = [
            PositionedCell(CellAddress(row: number.row, column: number.column - 1), .text("受講者番号", style: .header)),
            PositionedCell(number, .number(Double(participant?.number ?? stamp.variant))),
            PositionedCell(CellAddress(row: name.row, column: name.column - 1), .text("氏名", style: .header)),
            PositionedCell(name, nameCell),
            PositionedCell(CellAddress(row: 0, column: 0), .text("回答　" + spec.title.ja, style: CellStyle(role: .title))),
            PositionedCell(AnswerSheetLayout.stampAddress, .text(stamp.text, style: CellStyle(role: .note))),
            PositionedCell(CellAddress(row: 2, column: 0),
                           .text("黄色のセルに答えを入力してください（はい/いいえはリストから選べます）。上の照合コードは変更しないでください。",
                                 style: CellStyle(role: .note))),
        ]
        let headers = ["課題", "項目", "回答", "入力のしかた"]
        cells += headers.enumerated().map { column, text in
            PositionedCell(CellAddress(row: AnswerSheetLayout.headerRow, column: column),
                           ReportCell.text(text, style: CellStyle(role: .header, borders: [.top, .bottom])))
        }
        for (task, figure) in layout.figures {
            guard let address = layout.answerAddress(of: figure.id) else { continue }
            cells.append(PositionedCell(CellAddress(row: address.row, column: 0),
                                        .text("課題\(spec.taskNumber(of: task.id))")))
            cells.append(PositionedCell(CellAddress(row: address.row, column: 1), .text(figure.label.ja)))
            cells.append(PositionedCell(address, inputCell(for: figure)))
            cells.append(PositionedCell(CellAddress(row: address.row, column: 3),
                                        .text(figure.statistic.isDecision ? "はい／いいえ" : "数値" + precisionNote(figure))))
        }
        return ReportSheet(name: AnswerSheetLayout.sheetName,
                           blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                           options: SheetOptions(minimumColumnWidths: [1: 36, 2: 16, 4: 16], isProtected: true))
    }

    private static func inputCell(for figure: FigureSpec) -> ReportCell {
        let validation: InputValidation = figure.statistic.isDecision
            ? .list(["はい", "いいえ"])
            : .decimal(minimum: -1e15, maximum: 1e15)
        return ReportCell(.empty, style: CellStyle(role: .input), validation: validation)
    }

    private static func precisionNote(_ figure: FigureSpec) -> String {
        guard let decimals = figure.decimals, !figure.statistic.isDecision else { return "" }
        return decimals == 0 ? "（整数で）" : "（小数第\(decimals)位まで）"
    }

    private static func reportCell(_ cell: DataCell) -> ReportCell? {
        switch cell {
        case .empty: return nil
        case .number(let value): return .number(value)
        case .text(let text): return .text(text)
        case .date(let date): return .number(Double(date.workbookSerial), format: .date)
        }
    }

    private static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
