import Analysis

/// The 度数 / Frequencies sheet of the overview: one table per category column, side by side, each level
/// with its count (`COUNTIF` over the data sheet) and its share of the filled cells.
public struct OverviewFrequencyLayout: Sendable {
    /// Levels listed per column; rarer ones are pooled in one row, so a column of free text or
    /// identifiers does not run to hundreds of rows.
    public static let levelLimit = 20

    /// The sheet.
    public let sheet: ReportSheet

    /// Lays out `columns`, whose labels sit in `ranges` on the data sheet (same order).
    public init(language: Language, columns: [CategoryDataSheet.Column], ranges: [CellRange]) {
        let title = Labels.Overview.frequencySheet.text(language)
        let tableTop = CellAddress(row: 2, column: 0)
        let blocks = zip(columns, ranges).enumerated().map { index, pair in
            ReportBlock(at: tableTop.offset(columns: 4 * index),
                        .table(Self.table(language, column: pair.0, range: pair.1, sheet: title, top: tableTop.row, left: 4 * index)))
        }
        sheet = ReportSheet(name: title, blocks: [ReportBlock(at: CellAddress(row: 0, column: 0), .title(title))] + blocks,
                            options: SheetOptions(frozenRows: 3))
    }

    /// The levels of `labels` with their counts: those in `order` first in that order (an order asked for, or a
    /// natural one such as 20代 before 30代), the rest most frequent first, ties in order of first appearance.
    public static func levelCounts(_ labels: [String?], order preferred: [String] = []) -> [(level: String, count: Int)] {
        // One hash per label: each level's position in first-seen order, its count kept beside it.
        var position: [String: Int] = [:]
        var order: [String] = []
        var tally: [Int] = []
        for case let label? in labels {
            if let index = position[label] {
                tally[index] += 1
            } else {
                position[label] = order.count
                order.append(label)
                tally.append(1)
            }
        }
        let frequent: [String] = order.indices.sorted { a, b in
            tally[a] != tally[b] ? tally[a] > tally[b] : a < b
        }.map { order[$0] }
        let counts = { (level: String) in position[level].map { tally[$0] } ?? 0 }
        return LevelOrder.arrange(frequent, preferring: preferred).map { level in (level: level, count: counts(level)) }
    }

    private static func table(_ language: Language, column: CategoryDataSheet.Column, range: CellRange,
                              sheet: String, top: Int, left: Int) -> ReportTable {
        let levels = levelCounts(column.labels, order: column.levelOrder)
        let shown = levels.prefix(levelLimit)
        let filled = levels.reduce(0) { $0 + $1.count }
        // Rows start below the header line; the total row follows the levels (and the pooled row).
        let firstRow = top + 1
        let pooled = levels.count > shown.count ? 1 : 0
        let totalRow = firstRow + shown.count + pooled
        let totalCell = CellAddress(row: totalRow, column: left + 1).a1()
        let share = { (countCell: String, count: Int) -> ReportCell in
            .formula(Formula("IF(\(totalCell)=0,0,\(countCell)/\(totalCell))"),
                     cached: filled == 0 ? 0 : Double(count) / Double(filled), format: .percent(1))
        }
        var rows: [ReportTable.Row] = shown.enumerated().map { offset, entry in
            let countCell = CellAddress(row: firstRow + offset, column: left + 1).a1()
            return .init(entry.level, [
                .formula(.call("COUNTIF", range.reference(), criterion(entry.level)), cached: Double(entry.count), format: .integer),
                share(countCell, entry.count),
            ])
        }
        if pooled == 1 {
            let rest = filled - shown.reduce(0) { $0 + $1.count }
            let above = CellRange(sheet: sheet, first: CellAddress(row: firstRow, column: left + 1),
                                  last: CellAddress(row: firstRow + shown.count - 1, column: left + 1)).reference()
            let countCell = CellAddress(row: firstRow + shown.count, column: left + 1).a1()
            rows.append(.init(Labels.Overview.otherValues.text(language), [
                .formula(Formula("COUNTA(\(range.reference()))-SUM(\(above))"), cached: Double(rest), format: .integer),
                share(countCell, rest),
            ]))
        }
        rows.append(.init(Labels.Overview.total.text(language), [
            .formula(.call("COUNTA", range.reference()), cached: Double(filled), format: .integer),
            share(totalCell, filled),
        ]))
        return ReportTable(columnHeaders: [column.name, Labels.Overview.count.text(language), Labels.Overview.share.text(language)],
                           rows: rows)
    }

    /// A `COUNTIF` criterion matching exactly `level`: the leading `=` keeps `<`, `>` and `=` in a label
    /// from reading as comparisons, `~` keeps `*`, `?` and `~` from reading as wildcards, and quotes are doubled.
    static func criterion(_ level: String) -> String {
        var escaped = ""
        for character in level {
            if character == "*" || character == "?" || character == "~" { escaped.append("~") }
            escaped.append(character)
        }
        return "\"=" + escaped.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
