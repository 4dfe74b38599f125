import XLSXReader

/// Cell addresses written the way a person reads a block of them: runs down a column joined (`O5:O28`),
/// then neighbouring columns with the same run joined (`C29:O30`), in sheet order.
enum CellRuns {
    static func compress(_ cells: [CellAddress]) -> [CellRange] {
        var columns: [Int: [Int]] = [:]
        for cell in cells { columns[cell.columnNumber, default: []].append(cell.rowNumber) }
        // Runs down each column: (first row, last row) per column.
        var runs: [(column: Int, rows: ClosedRange<Int>)] = []
        for (column, rows) in columns.sorted(by: { $0.key < $1.key }) {
            for run in runsOf(rows.sorted()) { runs.append((column, run)) }
        }
        // Join columns side by side with the same rows.
        var blocks: [(columns: ClosedRange<Int>, rows: ClosedRange<Int>)] = []
        for run in runs {
            if let index = blocks.firstIndex(where: { $0.rows == run.rows && $0.columns.upperBound == run.column - 1 }) {
                blocks[index].columns = blocks[index].columns.lowerBound...run.column
            } else {
                blocks.append((run.column...run.column, run.rows))
            }
        }
        return blocks.sorted { ($0.rows.lowerBound, $0.columns.lowerBound) < ($1.rows.lowerBound, $1.columns.lowerBound) }.map {
            CellRange(first: CellAddress(rowNumber: $0.rows.lowerBound, columnNumber: $0.columns.lowerBound),
                      last: CellAddress(rowNumber: $0.rows.upperBound, columnNumber: $0.columns.upperBound))
        }
    }

    private static func runsOf(_ rows: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for row in rows {
            if let last = runs.last, last.upperBound + 1 == row { runs[runs.count - 1] = last.lowerBound...row }
            else if runs.last?.contains(row) != true { runs.append(row...row) }
        }
        return runs
    }
}
