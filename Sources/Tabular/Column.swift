import XLSXReader

/// A cell whose value does not fit its column's type, with the reason.
public struct CellIssue: Sendable, Hashable {
    /// What is wrong with the cell.
    public enum Kind: Sendable, Hashable {
        /// Text that reads as a number (`１２`, `12時間`) in a number column, or anywhere when not coerced.
        case numberLikeText(NumberLikeText)
        /// A value of another type than the column's (text in a number column, a number among dates).
        case typeMismatch(found: ColumnType)
        /// An error value such as `#DIV/0!`.
        case errorValue
    }

    public let address: CellAddress
    /// The cell's value as displayed (text as written, numbers without trailing zeros).
    public let text: String
    public let kind: Kind
}

/// One column of a table: its values aligned with the table's data rows, and what they add up to.
public struct Column: Sendable {
    /// Unique name: the trimmed header text, `_2`, `_3`… appended to repeats, the column letter when blank.
    public let name: String
    /// The header cell's text as written (empty when blank).
    public let header: String
    /// 1-based sheet column number.
    public let index: Int
    /// The column letter (`C`).
    public var letter: String { CellAddress.columnLetters(index) }
    /// The values, one per data row of the table.
    public let values: ColumnValues
    /// The most common kind of value, ignoring errors (`.empty` when the column has no values).
    public let type: ColumnType
    /// Non-empty cells.
    public let count: Int
    /// Empty cells among the data rows.
    public let emptyCount: Int
    /// Cells that do not fit `type`, in row order.
    public let issues: [CellIssue]

    init(name: String, header: String, index: Int, values: ColumnValues, rowNumbers: [Int]) {
        self.name = name
        self.header = header
        self.index = index
        self.values = values
        // Counts are indexed by a switch over the kind: a `firstIndex(of:)` search per value cost more.
        let kinds = ColumnType.allCases
        var counts = [Int](repeating: 0, count: kinds.count)
        var empties = 0
        for value in values {
            guard let kind = value.kind else {
                empties += 1
                continue
            }
            if kind != .error { counts[Column.slot(of: kind)] += 1 }
        }
        // Ties go to the kind listed first in ColumnType (number before text), so analysis sees numbers.
        var type = ColumnType.empty
        var most = 0
        for (slot, kind) in kinds.enumerated() where counts[slot] > most {
            type = kind
            most = counts[slot]
        }
        self.type = type
        self.emptyCount = empties
        self.count = values.count - empties
        var issues: [CellIssue] = []
        for (value, row) in zip(values, rowNumbers) {
            if let issue = Column.issue(value, type: type, row: row, column: index) { issues.append(issue) }
        }
        self.issues = issues
    }

    /// The position of `kind` in `ColumnType.allCases`.
    private static func slot(of kind: ColumnType) -> Int {
        switch kind {
        case .number: 0
        case .text: 1
        case .date: 2
        case .duration: 3
        case .bool: 4
        case .error: 5
        case .empty: 6
        }
    }

    /// The cell issue for a value in a column of `type`, if any.
    /// The address is built only for a cell that has an issue: most cells have none.
    private static func issue(_ value: TableValue, type: ColumnType, row: Int, column: Int) -> CellIssue? {
        var address: CellAddress { CellAddress(row: row, column: column) }
        switch value {
        case .empty:
            return nil
        case .error:
            return CellIssue(address: address, text: value.displayText, kind: .errorValue)
        case .text(let text):
            if let numberLike = NumberLikeText(text) {
                return CellIssue(address: address, text: text, kind: .numberLikeText(numberLike))
            }
            return type == .text ? nil : CellIssue(address: address, text: text, kind: .typeMismatch(found: .text))
        default:
            guard let kind = value.kind, kind != type else { return nil }
            return CellIssue(address: address, text: value.displayText, kind: .typeMismatch(found: kind))
        }
    }
}
