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
            ReportTable.Row(String(row.participant.number), [
                .text(row.participant.name ?? ""), .text(row.file), .number(Double(row.key.variant)),
            ] + figures.map { figure in row.key.answer(for: figure.id).map { AnswerCells.expected($0.value) } })
        }
        let table = ReportTable(columnHeaders: ["番号", "氏名", "ファイル", "課題番号"] + figures.map(\.label.ja), rows: tableRows)
        return ReportDocument(sheets: [ReportSheet(name: "一覧", blocks: [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title("受講者一覧と正解　\(spec.title.ja)")),
            ReportBlock(at: CellAddress(row: 2, column: 0), .table(table)),
        ], options: SheetOptions(frozenRows: 3, frozenColumns: 2))], properties: .init(title: spec.title.ja + "（一覧）"))
    }
}
