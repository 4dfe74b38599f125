import Report

/// Where things are on the 回答 sheet. Building and grading both use it, so the answer cells are
/// found exactly where they were put; the sheet is protected, so rows cannot be inserted before them.
public struct AnswerSheetLayout: Sendable {
    /// The sheet's name.
    public static let sheetName = "回答"
    /// The cell holding the ``ExerciseStamp`` text.
    public static let stampAddress = CellAddress(row: 1, column: 0)
    /// The participant number (受講者番号), filled in when the workbook is built.
    public static let participantNumberAddress = CellAddress(row: 0, column: 4)
    /// The participant's name (氏名): filled in from the roster, else an input cell.
    public static let nameAddress = CellAddress(row: 1, column: 4)
    /// The header row of the answer table.
    static let headerRow = 3
    /// The column of the input cells.
    static let answerColumn = 2

    /// Each figure's id with the task it belongs to, in spec order (one answer row each).
    public let figures: [(task: TaskSpec, figure: FigureSpec)]

    /// The layout of `spec`'s answer sheet.
    public init(spec: ExerciseSpec) {
        figures = spec.tasks.flatMap { task in task.figures.map { (task, $0) } }
    }

    /// The input cell of figure `figureID`.
    public func answerAddress(of figureID: String) -> CellAddress? {
        figures.firstIndex { $0.figure.id == figureID }
            .map { CellAddress(row: Self.headerRow + 1 + $0, column: Self.answerColumn) }
    }
}
