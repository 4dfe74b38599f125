/// The numbers a task's analysis runs on, taken from the true values the way a participant who
/// cleaned the data would prepare them for the ToolPak.
///
/// Rows with a blanked cell in any column the task uses are left out (listwise deletion): the
/// ToolPak's tools refuse ranges with blanks, so participants must delete those rows.
struct TaskData {
    let dataset: GeneratedDataset

    /// Complete rows of the named numeric columns, column by column.
    func completeColumns(_ names: [String]) -> [[Double]] {
        completeRows(names).columns
    }

    /// The 0-based indices of the rows complete in all the named numeric columns, and those rows'
    /// values column by column.
    func completeRows(_ names: [String]) -> (rows: [Int], columns: [[Double]]) {
        let columns = names.map { dataset.column(named: $0)?.numbers ?? [] }
        let complete = (0..<dataset.rowCount).filter { row in
            columns.allSatisfy { $0.indices.contains(row) && $0[row] != nil }
        }
        return (complete, columns.map { column in complete.compactMap { column[$0] } })
    }

    /// The values of `value` split by the label in `group`, in the order of `labels`.
    func groups(value: String, by group: String, labels: [String]) -> [(label: String, values: [Double])] {
        let numbers = dataset.column(named: value)?.numbers ?? []
        let keys = dataset.column(named: group)?.labels ?? []
        return labels.map { label in
            (label, zip(numbers, keys).compactMap { number, key in key == label ? number : nil })
        }
    }

    /// Counts of each (row label, column label) pair over rows where both are present; labels that
    /// never occur are dropped, as a pivot table would not show them.
    func contingencyTable(rows: String, columns: String) -> (rowLabels: [String], columnLabels: [String], counts: [[Int]]) {
        let rowColumn = dataset.column(named: rows), columnColumn = dataset.column(named: columns)
        let pairs = zip(rowColumn?.labels ?? [], columnColumn?.labels ?? []).compactMap { row, column -> (String, String)? in
            guard let row, let column else { return nil }
            return (row, column)
        }
        let rowLabels = Self.labelsInSpecOrder(rowColumn?.role).filter { label in pairs.contains { $0.0 == label } }
        let columnLabels = Self.labelsInSpecOrder(columnColumn?.role).filter { label in pairs.contains { $0.1 == label } }
        let counts = rowLabels.map { rowLabel in
            columnLabels.map { columnLabel in
                pairs.filter { $0.0 == rowLabel && $0.1 == columnLabel }.count
            }
        }
        return (rowLabels, columnLabels, counts)
    }

    /// All labels of `group` in the order the spec lists them.
    func labels(of group: String) -> [String] {
        Self.labelsInSpecOrder(dataset.column(named: group)?.role)
    }

    private static func labelsInSpecOrder(_ role: ColumnRole?) -> [String] {
        if case .categorical(let labels)? = role { return labels }
        return []
    }
}
