import Foundation
import XLSXReader

/// Reads a returned workbook into a ``Submission`` with the XLSX reader, opening the file read-only
/// (submissions are never modified).
public struct SubmissionReader: Sendable {
    /// The exercise whose answer-sheet layout is expected.
    public let spec: ExerciseSpec

    /// Creates a reader for submissions of `spec`.
    public init(spec: ExerciseSpec) {
        self.spec = spec
    }

    /// Reads the file at `path`.
    /// - Throws: the reader's `XLSXError` for a file that is not a readable workbook.
    public func read(path: String) throws -> Submission {
        let workbook = try Workbook(path: path)
        let answerSheet = workbook.sheets.first { $0.name == AnswerSheetLayout.sheetName && $0.kind == .worksheet }
        let dataSheet = workbook.sheets.first { $0.name == ExerciseWorkbook.dataSheetName && $0.kind == .worksheet }
        var stampText: String?, typedName: String?
        var answers: [String: ParsedAnswer] = [:]
        let nameAddress = AnswerSheetLayout.nameAddress
        if let answerSheet {
            let layout = AnswerSheetLayout(spec: spec)
            var figureAt: [CellAddress: String] = [:]
            for (_, figure) in layout.figures {
                guard let address = layout.answerAddress(of: figure.id) else { continue }
                figureAt[address] = figure.id
            }
            var cursor = try workbook.cells(of: answerSheet)
            while let cell = try cursor.next() {
                if case .text(let text) = cell.value, text.hasPrefix(ExerciseStamp.marker) { stampText = text }
                if let figureID = figureAt[cell.address] { answers[figureID] = Self.answer(in: cell.value) }
                if cell.address == nameAddress, case .text(let text) = cell.value {
                    let name = text.trimmingCharacters(in: .whitespaces)
                    typedName = name.isEmpty ? nil : name
                }
            }
        }
        // Room for helper columns and a few added rows; a hostile file cannot make us allocate more.
        let bounds = (rows: spec.dataset.rows * 2 + 100, columns: spec.dataset.columns.count + 60)
        let dataRows = try dataSheet.flatMap { try Self.grid(of: $0, in: workbook, within: bounds) }
        return Submission(file: path, stampText: stampText, dataRows: dataRows, answers: answers,
                          sheetNames: workbook.sheets.map(\.name), typedName: typedName)
    }

    /// How an answer cell reads: numbers and booleans as typed, text leniently, errors as unreadable.
    static func answer(in value: CellValue) -> ParsedAnswer {
        switch value {
        case .empty: return .blank
        case .text(let text): return AnswerText.parse(text)
        case .bool(let flag): return .decision(flag)
        case .error(let literal): return .unreadable(literal)
        case .isoDateTime(let text): return .unreadable(text)
        case .number, .date, .duration: return value.numericValue.map(ParsedAnswer.number) ?? .blank
        }
    }

    /// The sheet as rows of cells from A1, in the form the data fingerprint uses (dates as serials);
    /// `nil` when a value lies outside the generated data's rows and columns, which means the sheet
    /// was changed (and keeps a hostile file from making us allocate a huge grid).
    private static func grid(of sheet: SheetInfo, in workbook: Workbook,
                             within bounds: (rows: Int, columns: Int)) throws -> [[DataCell]]? {
        var rows: [[DataCell]] = []
        var cursor = try workbook.cells(of: sheet)
        while let cell = try cursor.next() {
            let (row, column) = (cell.address.row, cell.address.column)
            let value = dataCell(cell.value)
            // Cells far outside the data (beyond the bounds) are left out of the comparison.
            guard row < bounds.rows, column < bounds.columns else { continue }
            while rows.count <= row { rows.append([]) }
            while rows[row].count <= column { rows[row].append(.empty) }
            rows[row][column] = value
        }
        return rows
    }

    private static func dataCell(_ value: CellValue) -> DataCell {
        switch value {
        case .empty: return .empty
        case .text(let text), .error(let text), .isoDateTime(let text): return .text(text)
        case .bool(let flag): return .text(flag ? "TRUE" : "FALSE")
        case .number, .date, .duration: return value.numericValue.map(DataCell.number) ?? .empty
        }
    }
}
