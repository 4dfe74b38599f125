/// Marks total columns: a column of `=SUM` formulas along its own row, or a column named like a total
/// (`計`, `合計`, `年計`, `総数`) whose values are the sums of its neighbours — the children of the same parent
/// in a two-row header, else a run of number columns just left (`4月 … 3月 | 年計`) or right (`総数 | 男 | 女`).
/// A total-like name without the sums stays ordinary data, with a note.
enum TotalColumns {
    private static let names: Set<String> = ["計", "合計", "小計", "総計", "年計", "年度計", "総数", "累計", "total", "subtotal", "sum"]

    static func mark(_ columns: inout [Column], sumFormulas: [Int: Int], notes: inout [TableLayout.Note]) {
        for position in columns.indices {
            let column = columns[position]
            if let count = sumFormulas[column.index], count * 2 >= max(1, column.count) {
                columns[position].isTotal = true
                continue
            }
            let parts = column.name.split(separator: "_", omittingEmptySubsequences: false)
            let own = RowLabel.plain(String(parts.last ?? "")).lowercased()
            guard names.contains(own), column.type == .number else { continue }
            if sumsNeighbours(position, in: columns, parent: parts.count > 1 ? parts.dropLast().joined(separator: "_") : nil) {
                columns[position].isTotal = true
            } else {
                notes.append(.totalNameWithoutSum(column: column.name))
            }
        }
    }

    private static func sumsNeighbours(_ position: Int, in columns: [Column], parent: String?) -> Bool {
        let isPart = { (index: Int) in
            index != position && columns[index].type == .number && !columns[index].isTotal
        }
        if let parent {
            let siblings = columns.indices.filter { isPart($0) && columns[$0].name.hasPrefix(parent + "_") }
            if siblings.count >= 2 { return matches(position, parts: siblings, in: columns) }
        }
        var left: [Int] = []
        var index = position - 1
        while index >= 0, isPart(index) { left.append(index); index -= 1 }
        var right: [Int] = []
        index = position + 1
        while index < columns.count, isPart(index) { right.append(index); index += 1 }
        // Nearest neighbours first: `年齢 | 4月 … 3月 | 年計` sums the months, not the age.
        for run in [left, right] where run.count >= 2 {
            for length in stride(from: run.count, through: 2, by: -1) where matches(position, parts: Array(run.prefix(length)), in: columns) {
                return true
            }
        }
        return false
    }

    /// Whether every row with a number in the total column holds the sum of `parts` there.
    private static func matches(_ position: Int, parts: [Int], in columns: [Column]) -> Bool {
        let totals = columns[position].values
        var checked = 0
        for row in totals.indices {
            guard let total = totals[row].numeric else { continue }
            let sum = parts.reduce(0.0) { $0 + (columns[$1].values[row].numeric ?? 0) }
            guard abs(sum - total) <= 1e-9 * max(1, abs(total)) + 1e-9 else { return false }
            checked += 1
        }
        return checked > 0
    }
}
