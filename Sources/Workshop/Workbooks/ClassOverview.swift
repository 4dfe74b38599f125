import Report

/// The instructor's overview of a class set: one row per participant with file, variant and every
/// expected answer, so answers can be checked at a glance during the session.
public enum ClassOverview {
    /// One participant's line.
    public struct Row: Sendable, Equatable {
        /// The participant.
        public let participant: ClassRoster.Participant
        /// Their workbook's file name.
        public let file: String
        /// Their answer key.
        public let key: AnswerKey
    }

    /// The overview document.
    public static func document(spec: ExerciseSpec, rows: [Row]) -> ReportDocument {
        let figures = AnswerSheetLayout(spec: spec).figures.map(\.figure)
        let tableRows = rows.map { row in
            ReportTable.Row(labelCell: .number(Double(row.participant.number)), [
                .text(row.participant.name ?? ""), .text(row.file), .number(Double(row.key.variant)),
            ] + figures.flatMap { figure -> [ReportCell?] in
                let value = row.key.answer(for: figure.id)?.value
                let typed = AnswerCells.typed(value, decimals: figure.decimals)
                guard figure.decimals != nil, case .number? = value else { return [typed] }
                return [typed, AnswerCells.expected(value)]
            })
        }
        let figureHeaders = figures.flatMap { figure -> [String] in
            figure.decimals != nil && !figure.statistic.isDecision ? [figure.label.ja, "（全桁）"] : [figure.label.ja]
        }
        let table = ReportTable(columnHeaders: ["受講者番号", "氏名", "配布ファイル", "データ番号"] + figureHeaders,
                                rows: tableRows)
        return ReportDocument(sheets: [ReportSheet(name: "一覧", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("受講者一覧と正解　\(spec.title.ja)")),
            ReportBlock(at: CellAddress(row: 1, column: 0), .notes(["各項目の左の列が入力する値（指定の桁数に丸めた値）、「（全桁）」が計算値そのものです。このファイルは受講者に配らないでください。"])),
            ReportBlock(at: CellAddress(row: 3, column: 0), .table(table)),
        ], options: SheetOptions(frozenRows: 4, frozenColumns: 2))], properties: .init(title: spec.title.ja + "（一覧）"))
    }
}
