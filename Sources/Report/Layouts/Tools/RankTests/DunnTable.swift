import Analysis

/// Dunn's comparisons under a Kruskal–Wallis test: per pair of groups the difference of mean ranks, its
/// standard error, z and the two-sided p as live formulas over the summary cells, then Holm's adjustment
/// in two columns an Excel 2016 user can follow: the multiplier m − rank(p) + 1 (`RANK.EQ`), and the
/// adjusted p, the largest multiplied p among the p-values not above this one, capped at 1
/// (`MIN(1,SUMPRODUCT(MAX((P<=p)*K*P)))`, which needs no array entry).
enum DunnTable {
    /// Where the Kruskal–Wallis sheet keeps the figures the formulas refer to.
    struct Cells {
        /// Relative A1 address of group `index`'s count and mean rank in the summary.
        let count: (Int) -> String
        let meanRank: (Int) -> String
        /// Every rank on the data sheet, as a reference.
        let allRanks: String
    }

    /// The block at sheet row `top`: heading, column headers, a row per pair.
    static func block(language: Language, dunn: DunnTest, groupNames: [String], cells: Cells, top: Int) -> ReportBlock {
        typealias R = Labels.RankTests
        let firstRow = top + 2, lastRow = firstRow + max(0, dunn.comparisons.count - 1)
        let column = { (index: Int) in
            "\(CellAddress(row: firstRow, column: index).a1(absolute: true)):\(CellAddress(row: lastRow, column: index).a1(absolute: true))"
        }
        let (pColumn, multiplierColumn) = (column(4), column(5))
        let index = { (name: String) in groupNames.firstIndex(of: name) ?? 0 }
        let pValues = dunn.comparisons.map(\.pValue)
        let rows = dunn.comparisons.enumerated().map { offset, comparison -> ReportTable.Row in
            let row = firstRow + offset
            let at = { (column: Int) in CellAddress(row: row, column: column).a1() }
            let (i, j) = (index(comparison.first), index(comparison.second))
            let multiplier = comparison.pValue.map { p in
                Double(pValues.count - pValues.filter { ($0 ?? .infinity) < p }.count)
            }
            return ReportTable.Row("\(comparison.first) - \(comparison.second)", [
                TestSheet.figure(Formula("\(cells.meanRank(i))-\(cells.meanRank(j))"), comparison.meanRankDifference),
                TestSheet.figure(Formula("SQRT(VAR.S(\(cells.allRanks))*(1/\(cells.count(i))+1/\(cells.count(j))))"),
                                 comparison.standardError > 0 ? comparison.standardError : nil),
                TestSheet.figure(Formula("\(at(1))/\(at(2))"), comparison.z),
                TestSheet.pValue(Formula("2*NORM.S.DIST(-ABS(\(at(3))),TRUE)"), comparison.pValue, alpha: dunn.alpha),
                TestSheet.figure(Formula("COUNT(\(pColumn))-RANK.EQ(\(at(4)),\(pColumn),1)+1"), multiplier, format: .integer),
                TestSheet.pValue(Formula("MIN(1,SUMPRODUCT(MAX((\(pColumn)<=\(at(4)))*\(multiplierColumn)*\(pColumn))))"),
                                 comparison.adjustedPValue, alpha: dunn.alpha),
            ])
        }
        let headers = [R.pair, .meanRankDifference, .standardError, .z, .pValue, .holmMultiplier, .adjustedP].map { $0.text(language) }
        return ReportBlock(at: CellAddress(row: top, column: 0),
                           .table(ReportTable(heading: R.dunnHeading.text(language), columnHeaders: headers, rows: rows)))
    }
}
