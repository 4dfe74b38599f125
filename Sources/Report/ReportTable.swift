/// A ToolPak-style table: an optional heading line, an optional row of column headers, then rows that
/// each start with a label. Rules are drawn as the ToolPak does: above and below the header line(s)
/// and below the last row.
public struct ReportTable: Codable, Sendable, Hashable {
    /// One labelled row.
    public struct Row: Codable, Sendable, Hashable {
        /// The row's label cell (first column): usually text, a number for numbered rows such as observations.
        public var label: ReportCell
        /// The row's figures, left to right; nil leaves a cell blank.
        public var cells: [ReportCell?]

        /// Creates a row labelled with text.
        public init(_ label: String, _ cells: [ReportCell?]) {
            self.init(labelCell: .text(label), cells)
        }

        /// Creates a row whose label is any cell.
        public init(labelCell: ReportCell, _ cells: [ReportCell?]) {
            self.label = labelCell
            self.cells = cells
        }
    }

    /// A heading spanning the table, such as `Regression Statistics` / `回帰統計`.
    public var heading: String?
    /// Column headers including the corner above the labels (often empty): `["", "df", "SS", …]`.
    public var columnHeaders: [String]
    /// The rows in print order.
    public var rows: [Row]

    /// Creates a table.
    public init(heading: String? = nil, columnHeaders: [String] = [], rows: [Row]) {
        self.heading = heading
        self.columnHeaders = columnHeaders
        self.rows = rows
    }

    /// A square or rectangular matrix (correlation, covariance): `corner` above the row labels, then the
    /// column labels; nil entries (e.g. the upper triangle) stay blank.
    public static func matrix(corner: String = "", columnLabels: [String], rowLabels: [String],
                              values: [[ReportCell?]]) -> ReportTable {
        let rows = rowLabels.enumerated().map { index, label in
            Row(label, index < values.count ? values[index] : [])
        }
        return ReportTable(columnHeaders: [corner] + columnLabels, rows: rows)
    }

    /// Number of columns the table occupies, labels included.
    public var width: Int {
        max(columnHeaders.count, 1 + (rows.map(\.cells.count).max() ?? 0), heading == nil ? 0 : 1)
    }

    /// The table's cells relative to its top-left corner.
    public func cells() -> [PositionedCell] {
        // `width` scans every row: measured once, not once per row (quadratic on a 20,000-row table).
        let lastColumn = width - 1
        let lines = headLines(lastColumn: lastColumn)
            + rows.indices.map { bodyLine(rows[$0], isLast: $0 == rows.count - 1, lastColumn: lastColumn) }
        return lines.enumerated().flatMap { row, line in
            line.enumerated().compactMap { column, cell in
                cell.map { PositionedCell(CellAddress(row: row, column: column), $0) }
            }
        }
    }

    /// A table of many rows as a run: the heading and header lines, then `rowCount` rows that `row(i)` makes when
    /// they are written, ruled as `cells()` rules a table; `valueColumns` is the most figures a row holds.
    public static func run(heading: String? = nil, columnHeaders: [String], rowCount: Int, valueColumns: Int,
                           row: @escaping @Sendable (Int) -> Row) -> RowRun {
        let head = ReportTable(heading: heading, columnHeaders: columnHeaders, rows: [])
        let width = max(head.width, 1 + valueColumns)
        let lines = head.headLines(lastColumn: width - 1)
        return RowRun(rowCount: lines.count + rowCount, columnCount: width) { index in
            if index < lines.count { return lines[index] }
            let body = index - lines.count
            return head.bodyLine(row(body), isLast: body == rowCount - 1, lastColumn: width - 1)
        }
    }

    /// The heading line and the column-header line, those the table has.
    private func headLines(lastColumn: Int) -> [[ReportCell?]] {
        var lines: [[ReportCell?]] = []
        if let heading {
            lines.append(rule(lastColumn: lastColumn, edges: [.top, .bottom]) { column in
                column == 0 ? .text(heading, style: .header) : .blank(style: .header)
            })
        }
        if !columnHeaders.isEmpty {
            lines.append(rule(lastColumn: lastColumn, edges: [.top, .bottom]) { column in
                column < columnHeaders.count ? .text(columnHeaders[column], style: .header) : .blank(style: .header)
            })
        }
        return lines
    }

    /// One labelled row, with the rule under it when it is the last.
    private func bodyLine(_ tableRow: Row, isLast: Bool, lastColumn: Int) -> [ReportCell?] {
        rule(lastColumn: lastColumn, edges: isLast ? .bottom : []) { column in
            if column == 0 { return tableRow.label }
            let valueIndex = column - 1
            return valueIndex < tableRow.cells.count ? tableRow.cells[valueIndex] ?? .blank() : .blank()
        }
    }

    /// One row of cells across the table, each given `edges`; blank cells are only kept when they carry a rule.
    private func rule(lastColumn: Int, edges: BorderEdges, cell: (Int) -> ReportCell) -> [ReportCell?] {
        (0...lastColumn).map { column in
            let styled = cell(column).addingBorders(edges)
            if case .empty = styled.content, styled.style == .body { return nil }
            return styled
        }
    }
}
