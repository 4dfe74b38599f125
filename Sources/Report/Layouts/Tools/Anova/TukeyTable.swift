import Analysis

/// The Tukey–Kramer table under a one-way ANOVA: per pair of groups the difference of means and its
/// standard error as live formulas over the SUMMARY and ANOVA cells, q, the adjusted p-value and the
/// simultaneous interval. Excel has no studentized-range function, so q crit and the p-values are
/// plain numbers; the interval's formulas refer to the q crit cell.
enum TukeyTable {
    /// Where the ANOVA sheet keeps the figures the formulas refer to.
    struct Cells {
        /// Relative A1 address of group `index`'s Count and Average in the SUMMARY block.
        let count: (Int) -> String
        let average: (Int) -> String
        /// Relative A1 address of MS within.
        let meanSquareWithin: String
    }

    /// The blocks, starting at sheet row `top`: q crit, then the comparisons.
    static func blocks(language: Language, tukey: TukeyKramer, groupNames: [String], cells: Cells, top: Int) -> [ReportBlock] {
        typealias E = Labels.AnovaExtras
        let criticalRow = top + 1
        let critical = CellAddress(row: criticalRow, column: 1).a1(absolute: true)
        let index = { (name: String) in groupNames.firstIndex(of: name) ?? 0 }
        let level = 1 - tukey.alpha
        let rows = tukey.comparisons.enumerated().map { offset, comparison -> ReportTable.Row in
            let row = criticalRow + 3 + offset
            let (i, j) = (index(comparison.first), index(comparison.second))
            let (difference, standardError) = (CellAddress(row: row, column: 1).a1(), CellAddress(row: row, column: 2).a1())
            return ReportTable.Row("\(comparison.first) - \(comparison.second)", [
                TestSheet.figure(Formula("\(cells.average(i))-\(cells.average(j))"), comparison.difference),
                TestSheet.figure(Formula("SQRT(\(cells.meanSquareWithin)/2*(1/\(cells.count(i))+1/\(cells.count(j))))"),
                                 comparison.standardError),
                TestSheet.figure(Formula("ABS(\(difference))/\(standardError)"), comparison.q),
                comparison.pValue.map { ReportCell.number($0, format: .pValue,
                                                          style: $0 < tukey.alpha ? CellStyle(role: .emphasis) : .body) },
                TestSheet.figure(Formula("\(difference)-\(critical)*\(standardError)"), comparison.lower),
                TestSheet.figure(Formula("\(difference)+\(critical)*\(standardError)"), comparison.upper),
            ])
        }
        let headers = [E.pair, .difference, .standardError, .q, .adjustedP].map { $0.text(language) }
            + [Labels.lowerBound(level, decimals: 0, language), Labels.upperBound(level, decimals: 0, language)]
        return [
            ReportBlock(at: CellAddress(row: top, column: 0), .table(ReportTable(
                heading: E.tukeyHeading.text(language),
                rows: [ReportTable.Row(E.criticalQ.text(language), [.number(tukey.criticalQ, format: .decimals(4))])]))),
            ReportBlock(at: CellAddress(row: criticalRow + 2, column: 0), .table(ReportTable(columnHeaders: headers, rows: rows))),
        ]
    }
}
