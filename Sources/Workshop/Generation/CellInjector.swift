import Analysis

/// Turns true values into sheet cells, blanking and dirtying the cells a spec asks for.
///
/// Rows are picked without replacement from the rows not yet touched in that column, so a cell is
/// never both missing and dirty and the counts in the spec are exact.
struct CellInjector {
    let dataset: DatasetSpec

    func cells(for columns: [(spec: ColumnSpec, values: [DataValue])],
               using generator: inout Xoshiro256StarStar) -> [GeneratedColumn] {
        var values = columns.map { $0.values.map(Optional.some) }
        var cells = columns.map { $0.values.map(Self.cleanCell) }
        var untouched = columns.map { _ in Array(0..<dataset.rows) }
        let index = Dictionary(columns.enumerated().map { ($1.spec.name, $0) }, uniquingKeysWith: { first, _ in first })

        for missing in dataset.missing {
            guard let column = index[missing.column] else { continue }
            for row in pick(missing.count, from: &untouched[column], using: &generator) {
                values[column][row] = nil
                cells[column][row] = .empty
            }
        }
        for dirty in dataset.dirty {
            guard let column = index[dirty.column] else { continue }
            for row in pick(dirty.count, from: &untouched[column], using: &generator) {
                if let value = values[column][row] {
                    cells[column][row] = .text(DirtyText.render(value, style: dirty.style, unit: dirty.unit ?? "",
                                                                using: &generator))
                }
            }
        }
        return columns.indices.map { column in
            GeneratedColumn(name: columns[column].spec.name, role: columns[column].spec.role,
                            values: values[column], cells: cells[column])
        }
    }

    private static func cleanCell(_ value: DataValue) -> DataCell {
        switch value {
        case .number(let number): return .number(number)
        case .label(let label): return .text(label)
        case .date(let date): return .date(date)
        }
    }

    /// Removes `count` rows from `rows` by a partial Fisher–Yates shuffle and returns them sorted.
    private func pick(_ count: Int, from rows: inout [Int], using generator: inout Xoshiro256StarStar) -> [Int] {
        let count = min(count, rows.count)
        for slot in 0..<count {
            rows.swapAt(slot, generator.nextInteger(in: slot...(rows.count - 1)))
        }
        let picked = rows.prefix(count).sorted()
        rows.removeFirst(count)
        return picked
    }
}
