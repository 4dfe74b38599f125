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
        var cells = [
            PositionedCell(CellAddress(row: 0, column: 0), .text(Labels.difference(first.name, second.name, language), style: headerStyle)),
            PositionedCell(CellAddress(row: 0, column: 1), .text(Labels.RankTests.absoluteDifference.text(language), style: headerStyle)),
            PositionedCell(CellAddress(row: 0, column: 2), .text(Labels.RankTests.rankOfAbsoluteDifference.text(language),
                                                                 style: headerStyle)),
        ]
        // Differences of entered values keep the data's decimals; an average rank of ties ends in .5 at most.
        let entered = NumberFormat.measured(dataDecimals: NumberFormat.dataDecimals(of: differences), extra: 0)
        for (index, difference) in differences.enumerated() {
            let row = index + 1
            let (a, b, d, size) = (CellAddress(row: row, column: 1).a1(), CellAddress(row: row, column: 2).a1(),
                                   CellAddress(row: row, column: 3).a1(), CellAddress(row: row, column: 4).a1())
            cells.append(PositionedCell(CellAddress(row: row, column: 0), .formula(Formula("\(a)-\(b)"), cached: difference, format: entered)))
            guard difference != 0 else { continue }
            cells.append(PositionedCell(CellAddress(row: row, column: 1), .formula(.call("ABS", d), cached: abs(difference), format: entered)))
            cells.append(PositionedCell(CellAddress(row: row, column: 2),
                                        OrderStatistics.cell(.formula(.call("RANK.AVG", size, sizes.reference(absolute: true), "1"),
                                                                      cached: ranks.next() ?? .nan, format: .decimals(1)),
                                                             rows: differences.count)))
        }
        sheet.blocks.append(ReportBlock(at: CellAddress(row: 0, column: 3), .cells(cells)))
        self.sheet = sheet
        valueRanges = data.columnRanges
        self.differences = CellRange.column(3, rows: 1..<(rows + 1), on: sheet.name)
        self.ranks = CellRange.column(5, rows: 1..<(rows + 1), on: sheet.name)
    }
}
