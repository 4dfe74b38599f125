import Spreadsheet
import Foundation

/// What a participant did to the データ sheet, compared cell by cell with the sheet as handed out.
///
/// The cleaning the exercises ask for is accepted and listed: a messy cell turned into the number it
/// stood for, a row with a blank removed, a helper column or sheet added, the rows sorted. Any other
/// change (a value that is not what the cell stood for, a complete row removed, a row added) is listed
/// as a warning naming the cells; the file is graded anyway, against the key of its variant.
public struct DataSheetReview: Sendable, Hashable {
    /// Changes the exercise allows (cleaning).
    public internal(set) var accepted: [DataChange] = []
    /// Changes that may have altered the participant's results.
    public internal(set) var warnings: [DataChange] = []

    /// Whether the sheet is exactly as handed out.
    public var isUnchanged: Bool { accepted.isEmpty && warnings.isEmpty }
}

/// One kind of change to the データ sheet; cells are named as in the participant's file (`C5`).
public enum DataChange: Sendable, Hashable {
    /// Messy cells (full-width digits, units, stray spaces) now hold the value they stood for.
    case cleaned(cells: [String])
    /// Rows that had a blank cell were deleted; `rows` are their numbers on the handed-out sheet.
    case blankRowsRemoved(rows: [Int])
    /// Columns added beside the data (by header, else column letter).
    case helperColumns([String])
    /// Sheets added to the workbook.
    case helperSheets([String])
    /// The rows were put into another order.
    case sorted
    /// Cells whose value is neither the handed-out cell nor what it stood for.
    case changedValues(cells: [String])
    /// Complete rows (no blank) were deleted; `rows` are their numbers on the handed-out sheet.
    case rowsRemoved(rows: [Int])
    /// Rows that match no handed-out row (by their number in the participant's sheet).
    case rowsAdded(rows: [Int])
    /// The workbook has no データ sheet.
    case dataSheetMissing
}

/// Compares a returned データ sheet with the generated one.
enum DataSheetComparison {
    /// The sheets a handed-out workbook has.
    static let handedOutSheets: Set<String> = [ExerciseWorkbook.explanationSheetName, ExerciseWorkbook.dataSheetName,
                                               AnswerSheetLayout.sheetName]

    /// Reviews `rows` (the participant's データ sheet, header first; `nil` when the sheet is missing)
    /// against `dataset`; `sheetNames` are the workbook's sheets.
    static func review(_ rows: [[DataCell]]?, sheetNames: [String], against dataset: GeneratedDataset) -> DataSheetReview {
        var review = DataSheetReview()
        let addedSheets = sheetNames.filter { !handedOutSheets.contains($0) }
        if !addedSheets.isEmpty { review.accepted.append(.helperSheets(addedSheets)) }
        guard let rows, !rows.isEmpty else {
            review.warnings.append(.dataSheetMissing)
            return review
        }
        let header = rows[0]
        let width = header.count
        // Original column → the participant's column: by header text, else the same position.
        var mapping: [Int] = []
        var used: Set<Int> = []
        for (index, column) in dataset.columns.enumerated() {
            let byName = header.firstIndex { Self.headerText($0) == column.name }
            let position = byName ?? index
            mapping.append(position)
            used.insert(position)
        }
        let helpers = (0..<max(width, rows.map(\.count).max() ?? 0)).filter { column in
            !used.contains(column) && rows.contains { column < $0.count && $0[column] != .empty }
        }
        if !helpers.isEmpty {
            review.accepted.append(.helperColumns(helpers.map { column in
                let text = column < width ? headerText(header[column]) : ""
                return text.isEmpty ? CellAddress(row: 0, column: column).columnLetters : text
            }))
        }

        // Participant rows in the data columns, blank rows skipped.
        var participantRows: [(sheetRow: Int, cells: [DataCell])] = []
        for (index, row) in rows.enumerated().dropFirst() {
            let cells = mapping.map { $0 < row.count ? row[$0] : DataCell.empty }
            if cells.allSatisfy({ $0 == .empty }) { continue }
            participantRows.append((index + 1, cells))
        }
        let original = (0..<dataset.rowCount).map { row in dataset.columns.map { $0.cells[row] } }
        let truth = (0..<dataset.rowCount).map { row in dataset.columns.map { $0.values[row] } }
        var unmatchedOriginal = Dictionary(grouping: original.indices) { key(truth: truth[$0]) }
        var pairs: [(participant: Int, original: Int)] = []
        var unpaired: [Int] = []
        for (index, row) in participantRows.enumerated() {
            let rowKey = key(cells: row.cells)
            if var candidates = unmatchedOriginal[rowKey], !candidates.isEmpty {
                pairs.append((index, candidates.removeFirst()))
                unmatchedOriginal[rowKey] = candidates
            } else {
                unpaired.append(index)
            }
        }
        var leftOver = Set(unmatchedOriginal.values.flatMap { $0 })
        // Rows that match no original exactly: pair each with the left-over original it agrees with most.
        var added: [Int] = []
        for index in unpaired {
            let cells = participantRows[index].cells
            var best: (row: Int, agreeing: Int)?
            for candidate in leftOver.sorted() {
                var agreeing = 0
                for (cell, value) in zip(cells, truth[candidate]) where normalized(cell) == normalized(truth: value) {
                    agreeing += 1
                }
                if agreeing > (best?.agreeing ?? -1) { best = (candidate, agreeing) }
            }
            if let best, best.agreeing * 2 >= cells.count {
                pairs.append((index, best.row))
                leftOver.remove(best.row)
            } else {
                added.append(participantRows[index].sheetRow)
            }
        }
        var cleaned: [String] = [], changed: [String] = []
        for pair in pairs.sorted(by: { $0.participant < $1.participant }) {
            let (sheetRow, cells) = participantRows[pair.participant]
            for (column, cell) in cells.enumerated() where cell != original[pair.original][column] {
                let address = CellAddress(rowNumber: sheetRow, columnNumber: mapping[column] + 1).a1
                if normalized(cell) == normalized(truth: truth[pair.original][column]) {
                    if normalized(cell) != normalized(original[pair.original][column]) || isMessy(original[pair.original][column]) {
                        cleaned.append(address)
                    }
                } else {
                    changed.append(address)
                }
            }
        }
        if !cleaned.isEmpty { review.accepted.append(.cleaned(cells: cleaned)) }
        let order = pairs.sorted { $0.participant < $1.participant }.map(\.original)
        if zip(order, order.dropFirst()).contains(where: { $0 > $1 }) { review.accepted.append(.sorted) }
        let removed = leftOver.sorted()
        let withBlank = removed.filter { row in original[row].contains(.empty) }
        let complete = removed.filter { row in !original[row].contains(.empty) }
        if !withBlank.isEmpty { review.accepted.append(.blankRowsRemoved(rows: withBlank.map { $0 + 2 })) }
        if !changed.isEmpty { review.warnings.append(.changedValues(cells: changed)) }
        if !complete.isEmpty { review.warnings.append(.rowsRemoved(rows: complete.map { $0 + 2 })) }
        if !added.isEmpty { review.warnings.append(.rowsAdded(rows: added)) }
        return review
    }

    /// A cell reduced to what it stands for: numbers (also typed with full-width digits or a unit) as
    /// numbers, text trimmed of spaces.
    private enum Normal: Hashable {
        case blank, number(String), text(String)
    }

    private static func normalized(_ cell: DataCell) -> Normal {
        switch cell {
        case .empty: return .blank
        case .number(let value): return .number(NumberSpelling.plain(value))
        case .date(let date): return .number(String(date.workbookSerial))
        case .text(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))
            if trimmed.isEmpty { return .blank }
            if case .number(let value) = AnswerText.parse(trimmed) { return .number(NumberSpelling.plain(value)) }
            return .text(trimmed)
        }
    }

    private static func normalized(truth value: DataValue?) -> Normal {
        switch value {
        case nil: return .blank
        case .number(let number)?: return .number(NumberSpelling.plain(number))
        case .label(let label)?: return .text(label)
        case .date(let date)?: return .number(String(date.workbookSerial))
        }
    }

    private static func isMessy(_ cell: DataCell) -> Bool {
        if case .text = cell { return true }
        return false
    }

    private static func key(cells: [DataCell]) -> [Normal] { cells.map(normalized) }
    private static func key(truth: [DataValue?]) -> [Normal] { truth.map { normalized(truth: $0) } }

    private static func headerText(_ cell: DataCell) -> String {
        if case .text(let text) = cell { return text.trimmingCharacters(in: .whitespaces) }
        return ""
    }

}
