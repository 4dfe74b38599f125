/// Where the figures of a ToolPak test block sit on its sheet: a title, a blank row, the header row
/// `| Variable 1 | Variable 2`, then one row per figure in print order. Formulas refer to the figures
/// above them by cell (`=(B4-C4-B8)/…`), as a participant would write them by hand.
struct TestSheetGrid<Row: Hashable> {
    private let positions: [Row: Int]

    /// A grid for rows printed in `order`.
    init(order: [Row]) {
        positions = Dictionary(order.enumerated().map { ($1, TestSheet.headerRow + 1 + $0) },
                               uniquingKeysWith: { first, _ in first })
    }

    /// The relative A1 reference of `row`'s figure for the first (`variable` 0) or second (1) variable.
    func cell(_ row: Row, variable: Int = 0) -> String {
        CellAddress(row: positions[row] ?? TestSheet.headerRow, column: 1 + variable).a1()
    }
}

/// The sheet of a ToolPak test tool and the kinds of cells on it.
enum TestSheet {
    /// Sheet row (zero-based) of the header row.
    static let headerRow = 2

    /// The sheet: the tool's title, the table under the variables' names, and notes below it.
    static func sheet(name: String, title: String, variableNames: (String, String), rows: [ReportTable.Row],
                      notes: [String]) -> ReportSheet {
        let table = ReportTable(columnHeaders: ["", variableNames.0, variableNames.1], rows: rows)
        var blocks = [
            ReportBlock(at: CellAddress(row: 0, column: 0), .title(title)),
            ReportBlock(at: CellAddress(row: headerRow, column: 0), .table(table)),
        ]
        if !notes.isEmpty {
            blocks.append(ReportBlock(at: CellAddress(row: headerRow + rows.count + 2, column: 0), .notes(notes)))
        }
        return ReportSheet(name: name, blocks: blocks, options: SheetOptions(frozenRows: headerRow + 1))
    }

    /// A figure: its live formula with our value cached, or the error Excel shows where it is undefined.
    static func figure(_ formula: Formula, _ value: Double?, format: NumberFormat? = nil) -> ReportCell {
        FigureCell.make(formula, value, format: format ?? .significant(value ?? 0), undefined: .divisionByZero)
    }

    /// A p-value, bold when below `alpha` so the eye finds it.
    static func pValue(_ formula: Formula, _ value: Double?, alpha: Double) -> ReportCell {
        let significant = value.map { $0 < alpha } ?? false
        return FigureCell.make(formula, value, format: .pValue, undefined: .divisionByZero,
                               style: significant ? CellStyle(role: .emphasis) : .body)
    }
}
