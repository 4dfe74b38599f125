import Report

/// The values of a document's cells by sheet and address, so that a chart drawn on the page reads the very
/// ranges its `ChartSpec` points the workbook's chart at.
struct CellLookup {
    private var sheets: [String: [Int: CellValue]] = [:]

    init(_ document: ReportDocument) {
        for sheet in document.sheets {
            var values: [Int: CellValue] = [:]
            for placed in (try? sheet.laidOutCells()) ?? [] {
                switch placed.cell.content {
                case .empty: continue
                case .value(let value), .formula(_, cached: let value): values[Self.key(placed.address)] = value
                }
            }
            sheets[sheet.name] = values
        }
    }

    /// The range's values in reading order (row by row); nil for an empty cell.
    func values(in range: CellRange) -> [CellValue?] {
        let cells = sheets[range.sheet] ?? [:]
        var out: [CellValue?] = []
        for row in range.first.row...range.last.row {
            for column in range.first.column...range.last.column {
                out.append(cells[Self.key(CellAddress(row: row, column: column))])
            }
        }
        return out
    }

    func numbers(in range: CellRange) -> [Double?] {
        values(in: range).map { value in
            if case .number(let number)? = value, number.isFinite { return number }
            return nil
        }
    }

    func labels(in range: CellRange) -> [String] {
        values(in: range).map { value in value.map { CellDisplay.text(of: $0, format: .general) } ?? "" }
    }

    private static func key(_ address: CellAddress) -> Int { address.row << 14 | address.column }
}
