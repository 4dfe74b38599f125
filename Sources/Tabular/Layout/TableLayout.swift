import XLSXReader

/// Where the table sits on its sheet and what around it was not taken as data, so that a person can see
/// every choice detection made (`inspect`, `tidy`'s 変更点 sheet) and override it (`--header-row`, `--range`).
public struct TableLayout: Sendable, Hashable {
    /// A sheet row that is not a data row, and why.
    public struct LeftOutRow: Sendable, Hashable {
        public enum Reason: String, Sendable, Hashable, Codable {
            /// A title, unit or date line above the header (`令和6年度 …`, `（単位：時間）`).
            case aboveHeader
            /// A total or summary row by its label (`合計`, `小計`, `平均`, `Total`).
            case total
            /// A row of `SUM`/`AVERAGE`/`SUBTOTAL` formulas over the rows above, without a label.
            case formulaTotal
            /// A row without a label whose numbers are the sums of the rows above.
            case unlabelledTotal
            /// A note (`※`, `（注）`, `出典：`, `資料：`) or a lone text below the table.
            case note
            /// Blank rows inside the table.
            case blank
            /// A second header line directly under the header (`code_a` over `地区`): its texts are kept as
            /// other names of the columns.
            case headerLine
        }

        /// First and last sheet row (the same for one row; blank rows come as runs).
        public let rows: ClosedRange<Int>
        public let reason: Reason
        /// The row's label or first text, as written (empty for blank rows).
        public let text: String
    }

    /// A choice detection was not sure of, with what it chose; the front ends say how to override it.
    public enum Note: Sendable, Hashable {
        /// Two rows both read as headers; `chosen` names the columns, the other's texts work as names too.
        case twoHeaderCandidates(chosen: Int, other: Int)
        /// The last row was left out because its numbers are the column sums, though it has no label.
        case possibleTotal(row: Int)
        /// A column named like a total (`計`) whose values are not the sum of its neighbours: kept as data.
        case totalNameWithoutSum(column: String)
    }

    /// The table itself: header rows and data rows, first to last column.
    public let range: CellRange
    /// The header row, and above it the parent row of a two-row header.
    public let headerRows: ClosedRange<Int>
    /// Rows inside or around the table that are not data, in sheet order.
    public let leftOutRows: [LeftOutRow]
    /// Other tables on the same sheet (side by side, or below after blank rows), not read.
    public let otherTables: [CellRange]
    /// Columns left out: empty columns between fields and notes written beside the table (sheet columns).
    public let leftOutColumns: [Int]
    /// Choices made under doubt.
    public let notes: [Note]

    /// `leftOutColumns` as runs of letters (`C:E`, `G`): a sheet with one far cell leaves thousands out.
    public var leftOutColumnRuns: [String] {
        TableBuilder.runs(leftOutColumns).map { run in
            let first = CellAddress.columnLetters(columnNumber: run.lowerBound)
            return run.count == 1 ? first : "\(first):\(CellAddress.columnLetters(columnNumber: run.upperBound))"
        }
    }

    public init(range: CellRange, headerRows: ClosedRange<Int>, leftOutRows: [LeftOutRow] = [], otherTables: [CellRange] = [],
                leftOutColumns: [Int] = [], notes: [Note] = []) {
        self.range = range
        self.headerRows = headerRows
        self.leftOutRows = leftOutRows
        self.otherTables = otherTables
        self.leftOutColumns = leftOutColumns
        self.notes = notes
    }
}
