import Analysis

/// The data sheet of the Mann–Whitney and Kruskal–Wallis tests: the row numbers and one column per
/// sample (as `DataSheetLayout` writes them), then beside them each sample's ranks among all samples,
/// `=RANK.AVG(B2,$B$2:$D$41,1)`: the ToolPak-style sheets add these up, so a participant sees how the
/// test is made of ranks. Blank cells get no rank; `RANK.AVG` skips them in its range.
struct RankDataSheet {
    /// The sheet.
    let sheet: ReportSheet
    /// Each sample's value cells (header excluded), in the order given.
    let valueRanges: [CellRange]
    /// Each sample's rank cells, in the same order.
    let rankRanges: [CellRange]
    /// Every rank cell: the rectangle over all rank columns, for `DEVSQ` and `VAR.S`.
    let allRanks: CellRange

    init(language: Language, sourceRows: [Int], columns: [DataColumn]) {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: columns)
        var sheet = data.sheet
        let rows = max(sourceRows.count, columns.map(\.values.count).max() ?? 0)
        let firstRankColumn = 1 + columns.count
        let values = CellRange(sheet: sheet.name, first: CellAddress(row: 1, column: 1),
                               last: CellAddress(row: max(1, rows), column: max(1, columns.count)))
        // Midranks of the present values in column-major order, the order the cells are visited below.
        let present = columns.flatMap { $0.values.compactMap { $0 } }
        var ranks = midRanks(present).makeIterator()
        let headerStyle = CellStyle(role: .header, borders: .bottom)
        var cells: [PositionedCell] = []
        // RANK.AVG gives tied values the average of their ranks, which ends in .5 at most: one decimal.
        for (offset, column) in columns.enumerated() {
            cells.append(PositionedCell(CellAddress(row: 0, column: offset), .text(Labels.rank(of: column.name, language),
                                                                                  style: headerStyle)))
            for (index, value) in column.values.enumerated() where value != nil {
                let cell = CellAddress(row: index + 1, column: 1 + offset).a1()
                cells.append(PositionedCell(CellAddress(row: index + 1, column: offset),
                                            OrderStatistics.cell(.formula(.call("RANK.AVG", cell, values.reference(absolute: true), "1"),
                                                                          cached: ranks.next() ?? .nan, format: .decimals(1)),
                                                                 rows: present.count)))
            }
        }
        sheet.blocks.append(ReportBlock(at: CellAddress(row: 0, column: firstRankColumn), .cells(cells)))
        self.sheet = sheet
        valueRanges = data.columnRanges
        rankRanges = columns.indices.map { CellRange.column(firstRankColumn + $0, rows: 1..<(max(1, rows) + 1), on: sheet.name) }
        allRanks = CellRange(sheet: sheet.name, first: CellAddress(row: 1, column: firstRankColumn),
                             last: CellAddress(row: max(1, rows), column: firstRankColumn + max(0, columns.count - 1)))
    }
}
