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
        let rankColumns: [[Double?]] = columns.map { column in column.values.map { $0 == nil ? nil : ranks.next() ?? .nan } }
        let headerStyle = CellStyle(role: .header, borders: .bottom)
        let header: [ReportCell?] = columns.map { .text(Labels.rank(of: $0.name, language), style: headerStyle) }
        let reference = values.reference(absolute: true), valueCount = present.count
        // The ranks, made row by row as they are written (`RowRun`), beside the values' run.
        let cellCount = header.count + present.count
        let run = RowRun(rowCount: 1 + (rankColumns.map(\.count).max() ?? 0), columnCount: columns.count,
                         cellCount: cellCount) { row in
            guard row > 0 else { return header }
            let index = row - 1
            // RANK.AVG gives tied values the average of their ranks, which ends in .5 at most: one decimal.
            return rankColumns.enumerated().map { offset, column in
                guard index < column.count, let rank = column[index] else { return nil }
                let cell = CellAddress(row: index + 1, column: 1 + offset).a1()
                return OrderStatistics.cell(.formula(.call("RANK.AVG", cell, reference, "1"), cached: rank, format: .decimals(1)),
                                            rows: valueCount)
            }
        }
        sheet.blocks.append(ReportBlock(at: CellAddress(row: 0, column: firstRankColumn), .rows(run)))
        self.sheet = sheet
        valueRanges = data.columnRanges
        rankRanges = columns.indices.map { CellRange.column(firstRankColumn + $0, rows: 1..<(max(1, rows) + 1), on: sheet.name) }
        allRanks = CellRange(sheet: sheet.name, first: CellAddress(row: 1, column: firstRankColumn),
                             last: CellAddress(row: max(1, rows), column: firstRankColumn + max(0, columns.count - 1)))
    }
}
