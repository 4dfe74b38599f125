/// A square matrix of variables drawn as the ToolPak draws Correlation and Covariance (toolpak.md §3.3):
/// the variables' names across and down, the lower triangle with the diagonal filled, the rest blank.
struct LowerTriangle {
    /// The block to place on the sheet.
    let block: ReportBlock
    /// Rows the block occupies.
    let height: Int
    private let firstRow: Int

    /// Lays out the matrix at sheet row `top`; `heading` (ours, not the ToolPak's) goes above the names.
    /// `cell(i, j)` gives the entry of row i, column j for j ≤ i (nil leaves it blank); it may refer to
    /// entries of matrices placed above by their addresses.
    init(top: Int, heading: String?, names: [String], cell: (Int, Int) -> ReportCell?) {
        let rows = names.indices.map { i in
            ReportTable.Row(names[i], (0...i).map { j in cell(i, j) })
        }
        let table = ReportTable(heading: heading, columnHeaders: [""] + names, rows: rows)
        block = ReportBlock(at: CellAddress(row: top, column: 0), .table(table))
        height = rows.count + (heading == nil ? 1 : 2)
        firstRow = top + (heading == nil ? 1 : 2)
    }

    /// The relative A1 address of entry (i, j).
    func address(_ i: Int, _ j: Int) -> String {
        CellAddress(row: firstRow + i, column: 1 + j).a1()
    }
}
