/// Cells that sort or rank a whole column once per row — `SMALL`, `LARGE`, `RANK.EQ`, `RANK.AVG`,
/// `PERCENTRANK.INC` in a table with a row per value — cost a spreadsheet a pass over the column for every such cell:
/// n² comparisons, 10¹² for a million rows. Excel 2016 has no function that sorts a column once for many cells
/// (`SORT` came with dynamic arrays), so no formula written once can feed them.
///
/// Such columns therefore stay live formulas only while the column is short, where they show how the figure is made
/// and cost nothing; over a longer column each cell holds our computed value, so a large result workbook recalculates
/// in time linear in its rows (issue #14). The Analysis ToolPak writes these tables as values at every size.
public enum OrderStatistics {
    /// Columns of at most this many rows keep their per-row sorting formulas (10⁶ comparisons at most).
    public static let liveRows = 1_000

    /// Whether a table of per-row sorting formulas over `rows` rows is written as values.
    public static func asValues(rows: Int) -> Bool { rows > liveRows }

    /// `cell` as it is while the column of `rows` rows is short; beyond `liveRows`, its cached value in its place.
    public static func cell(_ cell: ReportCell, rows: Int) -> ReportCell {
        guard asValues(rows: rows), case .formula(_, let cached) = cell.content else { return cell }
        var value = cell
        value.content = .value(cached)
        return value
    }
}
