import Tabular
import XLSXReader

/// A detected layout as `--json` prints it (docs/JSON.md): plain strings and numbers, cells in A1 notation.
struct LayoutJSON: Encodable {
    struct Row: Encodable {
        let first: Int
        let last: Int
        let reason: String
        let text: String
    }

    struct Note: Encodable {
        let kind: String
        let rows: [Int]
        let column: String?
    }

    let range: String
    let headerRows: [Int]
    let leftOutRows: [Row]
    let leftOutColumns: [String]
    let totalColumns: [String]
    let otherTables: [String]
    let notes: [Note]

    init(_ layout: TableLayout, columns: [Column]) {
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
