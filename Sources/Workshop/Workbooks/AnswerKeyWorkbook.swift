import Report

/// The instructor's key for one participant: the expected answers with their tolerances, and the
/// variant's data as the analysis used it (true values, blanked rows marked).
public enum AnswerKeyWorkbook {
    /// The key document of `dataset`.
    public static func document(spec: ExerciseSpec, dataset: GeneratedDataset, key: AnswerKey,
                                participant: ClassRoster.Participant? = nil) -> ReportDocument {
        ReportDocument(sheets: [answersSheet(spec, key: key, participant: participant), cleanDataSheet(dataset)],
                       properties: .init(title: spec.title.ja + "（解答）"))
    }

    static func answersSheet(_ spec: ExerciseSpec, key: AnswerKey, participant: ClassRoster.Participant? = nil) -> ReportSheet {
        let figures = AnswerSheetLayout(spec: spec).figures.map(\.figure)
        let rows = key.answers.map { answer in
            let figure = figures.first { $0.id == answer.figureID }
            return ReportTable.Row("課題\(spec.taskNumber(of: answer.taskID))", [
                .text(answer.label.ja),
                AnswerCells.typed(answer.value, decimals: figure?.decimals),
                AnswerCells.expected(answer.value),
            ] + rangeCells(answer))
        }
        let table = ReportTable(columnHeaders: ["課題", "項目", "入力する値", "正解（全桁）", "正解とする範囲（下限）", "（上限）"],
                                rows: rows)
        var heading = "解答　\(spec.title.ja)　（受講者番号 \(participant?.number ?? key.variant)"
        if let name = participant?.name { heading += "　\(name)" }
        heading += "、データ番号 \(key.variant)）"
        let title = ReportBlock(at: CellAddress(row: 0, column: 0), .title(heading))
        let note = ReportBlock(at: CellAddress(row: 1, column: 0), .notes([
            "「入力する値」は説明シートの桁数に丸めた値です。小数の桁数が指定された項目は、正解を小数第 d 位に丸めた値と一致する回答（正解 ± 0.5 × 10^−d）を正解とします。",
        ]))
        return ReportSheet(name: "解答", blocks: [title, note, ReportBlock(at: CellAddress(row: 3, column: 0), .table(table))],
                           options: SheetOptions(minimumColumnWidths: [1: 36, 2: 14, 3: 20, 4: 20, 5: 20]))
    }

    /// The range of accepted numbers; a decision has none.
    private static func rangeCells(_ answer: ExpectedAnswer) -> [ReportCell?] {
        guard case .number(let value)? = answer.value else { return [nil, nil] }
        let allowance = max(answer.tolerance.absolute, answer.tolerance.relative * abs(value))
        return [.number(value - allowance), .number(value + allowance)]
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
                case .date(let date)?: cell = .number(Double(date.workbookSerial), format: .date)
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
    /// The answer as a participant should type it: rounded to the figure's decimals (stored as that
    /// rounded number and shown with exactly those decimals); the full value without `decimals`.
    static func typed(_ value: AnswerValue?, decimals: Int?) -> ReportCell {
        guard case .number(let number)? = value, let decimals else { return expected(value) }
        return .number(rounded(number, decimals: decimals), format: .decimals(decimals))
    }

    /// `value` rounded half away from zero to `decimals` places.
    static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<max(decimals, 0) { scale *= 10 }
        let result = (value * scale).rounded(.toNearestOrAwayFromZero) / scale
        return result == 0 ? 0 : result  // no −0
    }

    static func expected(_ value: AnswerValue?) -> ReportCell {
        switch value {
        case .number(let number)?: return .number(number)
        case .decision(let decision)?: return .text(decision ? "はい" : "いいえ")
        case nil: return .text("（未計算）", style: CellStyle(role: .note))
        }
    }
}
