import Report

/// The instructor's key for one participant: the expected answers with their tolerances, and the
/// variant's data as the analysis used it (true values, blanked rows marked).
public enum AnswerKeyWorkbook {
    /// The key document of `dataset`.
    public static func document(spec: ExerciseSpec, dataset: GeneratedDataset, key: AnswerKey) -> ReportDocument {
        ReportDocument(sheets: [answersSheet(spec, key: key), cleanDataSheet(dataset)],
                       properties: .init(title: spec.title.ja + "（解答）"))
    }

    static func answersSheet(_ spec: ExerciseSpec, key: AnswerKey) -> ReportSheet {
        let rows = key.answers.map { answer in
            ReportTable.Row("課題\(spec.taskNumber(of: answer.taskID))", [
                .text(answer.label.ja),
                AnswerCells.expected(answer.value),
            ] + toleranceCells(answer))
        }
        let table = ReportTable(columnHeaders: ["課題", "項目", "正解", "許容誤差（絶対）", "許容誤差（相対）"], rows: rows)
        let title = ReportBlock(at: CellAddress(row: 0, column: 0), .title("解答　\(spec.title.ja)　（課題番号 \(key.variant)）"))
        let note = ReportBlock(at: CellAddress(row: 1, column: 0), .notes([
            "正解は生成したデータから分析モジュールで計算した値です。回答は |回答 − 正解| ≦ max(絶対, 相対 × |正解|) で正解とします。",
        ]))
        return ReportSheet(name: "解答", blocks: [title, note, ReportBlock(at: CellAddress(row: 3, column: 0), .table(table))],
                           options: SheetOptions(minimumColumnWidths: [1: 36]))
    }

    /// Tolerances apply to numbers only; a decision has none.
    private static func toleranceCells(_ answer: ExpectedAnswer) -> [ReportCell?] {
        guard case .number? = answer.value else { return [nil, nil] }
        return [.number(answer.tolerance.absolute), .number(answer.tolerance.relative, format: .percent(2))]
    }

    static func cleanDataSheet(_ dataset: GeneratedDataset) -> ReportSheet {
        var cells = dataset.columns.enumerated().map { column, generated in
            PositionedCell(CellAddress(row: 0, column: column), .text(generated.name, style: .header))
        }
        for (column, generated) in dataset.columns.enumerated() {
            for (row, value) in generated.values.enumerated() {
                let cell: ReportCell
                switch value {
                case nil: cell = .text("（欠測）", style: CellStyle(role: .note))
                case .number(let number)?: cell = .number(number)
                case .label(let label)?: cell = .text(label)
                case .date(let date)?: cell = .number(Double(date.excelSerial), format: .date)
                }
                cells.append(PositionedCell(CellAddress(row: row + 1, column: column), cell))
            }
        }
        return ReportSheet(name: "整理済みデータ", blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .cells(cells))],
                           options: SheetOptions(frozenRows: 1))
    }
}

/// Cells shared by the key, overview and grade workbooks.
enum AnswerCells {
    /// An expected answer as a cell: the number, はい/いいえ, or a note that it could not be computed.
    static func expected(_ value: AnswerValue?) -> ReportCell {
        switch value {
        case .number(let number)?: return .number(number)
        case .decision(let decision)?: return .text(decision ? "はい" : "いいえ")
        case nil: return .text("（未計算）", style: CellStyle(role: .note))
        }
    }
}
