import CSVReader
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
        /// A statistical symbol standing for a missing value (`－` none, `…` unknown, `x` suppressed, `*`).
        case statisticalSymbol(StatisticalSymbol)
        /// A date typed as text (`令和6年4月1日`, `R6.4.2`).
        case dateText(CivilDate)
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
    public var letter: String { CellAddress.columnLetters(columnNumber: index) }
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
    /// A total column (`計`, `合計`, `総数` holding the sums of its neighbours, or `=SUM` along the row):
    /// kept, but left out when a wide table is made long.
    public internal(set) var isTotal = false
    /// Other texts that name this column: the header as written when cleaning changed it, and a second
    /// header line's text.
    public internal(set) var aliases: [String] = []

    init(name: String, header: String, index: Int, values: ColumnValues, tally: ColumnTally, rowNumbers: [Int]) {
        self.name = name
        self.header = header
        self.index = index
        self.values = values
        let type = tally.majority
        self.type = type
        self.count = tally.nonEmpty
        self.emptyCount = values.count - tally.nonEmpty
        let address = { (position: Int) in CellAddress(rowNumber: rowNumbers[position], columnNumber: index) }
        // A symbol is a missing figure only among figures: in a text column (`x` in 備考) it is a remark. Likewise a
        // number-like text among category labels (`20代` in 年代, `2課` in 所属) is a label, not a cell to convert.
        let labels = type == .text && tally.isCategoryLabels
        let kept = type == .text || type == .empty
            ? tally.findings.filter {
                switch $0.kind {
                case .statisticalSymbol: false
                case .numberLikeText: !labels
                default: true
                }
            } : tally.findings
        let issue = { (finding: ColumnTally.Finding) in
            CellIssue(address: address(finding.position), text: values[finding.position].displayText, kind: finding.kind)
        }
        guard tally.hasMismatches(for: type) else {
            self.issues = kept.map(issue)
            return
        }
        // Some values do not fit the type: one pass puts their mismatches among the findings, in row order
        // (every error value is a finding, so what is left of another kind is a mismatch).
        var issues: [CellIssue] = []
        var findings = kept[...]
        for (position, value) in values.enumerated() {
            if let finding = findings.first, finding.position == position {
                issues.append(issue(finding))
                findings = findings.dropFirst()
            } else if let kind = value.kind, kind != type {
                issues.append(CellIssue(address: address(position), text: value.displayText, kind: .typeMismatch(found: kind)))
            }
        }
        self.issues = issues
    }
}
