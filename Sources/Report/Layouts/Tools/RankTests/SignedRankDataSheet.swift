import Analysis

/// The data sheet of the Wilcoxon signed-rank test: the row numbers and the complete pairs (as
/// `DataSheetLayout` writes them), then per pair the difference `=B2-C2`, and for each non-zero difference
/// its size `=ABS(D2)` and that size's rank among the others `=RANK.AVG(E2,$E$2:$E$41,1)`. Pairs with a
/// difference of 0 get no size or rank, as the test leaves them out.
struct SignedRankDataSheet {
    /// The sheet.
    let sheet: ReportSheet
    /// Variable 1's and Variable 2's value cells (header excluded).
    let valueRanges: [CellRange]
    /// The differences, one per pair.
    let differences: CellRange
    /// The ranks of the non-zero |differences|.
    let ranks: CellRange

    /// - Parameters: first, second: the complete pairs only, one value per row.
    init(language: Language, sourceRows: [Int], first: DataColumn, second: DataColumn) {
        let data = DataSheetLayout(language: language, sourceRows: sourceRows, columns: [first, second])
        var sheet = data.sheet
        let rows = sourceRows.count
        let differences = zip(first.values, second.values).map { a, b in (a ?? .nan) - (b ?? .nan) }
        let nonZero = differences.filter { $0 != 0 }
        var ranks = midRanks(nonZero.map(abs)).makeIterator()
        let sizes = CellRange.column(4, rows: 1..<(rows + 1), on: sheet.name)
        let headerStyle = CellStyle(role: .header, borders: .bottom)
        let header: [ReportCell?] = [
            .text(Labels.difference(first.name, second.name, language), style: headerStyle),
            .text(Labels.RankTests.absoluteDifference.text(language), style: headerStyle),
            .text(Labels.RankTests.rankOfAbsoluteDifference.text(language), style: headerStyle),
        ]
        // Each non-zero difference's rank, in row order (the order of `nonZero`).
        let rankOf: [Double?] = differences.map { $0 != 0 ? ranks.next() ?? .nan : nil }
        // Differences of entered values keep the data's decimals; an average rank of ties ends in .5 at most.
        let entered = NumberFormat.measured(dataDecimals: NumberFormat.dataDecimals(of: differences), extra: 0)
        let sizeReference = sizes.reference(absolute: true), count = differences.count
        // Made row by row as they are written (`RowRun`), beside the values' run.
        let run = RowRun(rowCount: 1 + count, columnCount: 3, cellCount: 3 + count + 2 * nonZero.count) { row in
            guard row > 0 else { return header }
            let difference = differences[row - 1]
            let (a, b, d, size) = (CellAddress(row: row, column: 1).a1(), CellAddress(row: row, column: 2).a1(),
                                   CellAddress(row: row, column: 3).a1(), CellAddress(row: row, column: 4).a1())
            let cell: ReportCell = .formula(Formula("\(a)-\(b)"), cached: difference, format: entered)
            guard let rank = rankOf[row - 1] else { return [cell] }
            return [cell, .formula(.call("ABS", d), cached: abs(difference), format: entered),
                    OrderStatistics.cell(.formula(.call("RANK.AVG", size, sizeReference, "1"), cached: rank, format: .decimals(1)),
                                         rows: count)]
        }
        sheet.blocks.append(ReportBlock(at: CellAddress(row: 0, column: 3), .rows(run)))
        self.sheet = sheet
        valueRanges = data.columnRanges
        self.differences = CellRange.column(3, rows: 1..<(rows + 1), on: sheet.name)
        self.ranks = CellRange.column(5, rows: 1..<(rows + 1), on: sheet.name)
    }
}
