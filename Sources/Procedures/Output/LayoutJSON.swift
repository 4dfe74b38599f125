import Report
import Tabular
import XLSXReader

/// A detected layout as `--json` prints it (docs/JSON.md): plain strings and numbers, cells in A1 notation.
package struct LayoutJSON: Encodable {
    package struct Row: Encodable {
        package let first: Int
        package let last: Int
        package let reason: String
        package let text: String
    }

    package struct Note: Encodable {
        package let kind: String
        package let rows: [Int]
        package let column: String?
    }

    package let range: String
    package let headerRows: [Int]
    package let leftOutRows: [Row]
    package let leftOutColumns: [String]
    package let totalColumns: [String]
    package let otherTables: [String]
    package let notes: [Note]

    package init(_ layout: TableLayout, columns: [Column]) {
        range = layout.range.a1
        headerRows = Array(layout.headerRows)
        leftOutRows = layout.leftOutRows.map {
            Row(first: $0.rows.lowerBound, last: $0.rows.upperBound, reason: $0.reason.rawValue, text: $0.text)
        }
        leftOutColumns = layout.leftOutColumnRuns
        totalColumns = columns.filter(\.isTotal).map(\.name)
        otherTables = layout.otherTables.map(\.a1)
        notes = layout.notes.map { note in
            switch note {
            case .twoHeaderCandidates(let chosen, let other): Note(kind: "twoHeaderCandidates", rows: [chosen, other], column: nil)
            case .possibleTotal(let row): Note(kind: "possibleTotal", rows: [row], column: nil)
            case .totalNameWithoutSum(let column): Note(kind: "totalNameWithoutSum", rows: [], column: column)
            }
        }
    }
}
