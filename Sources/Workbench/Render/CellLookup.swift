import Report

/// The values of a document's cells by sheet and address, so that a chart drawn on the page reads the very
/// ranges its `ChartSpec` points the workbook's chart at.
struct CellLookup {
    private var sheets: [String: [Int: ReportValue]] = [:]

    /// Only the cells the document's charts read are kept: a regression's data sheets hold 20,000 rows of
    /// which the charts plot a sample. `placed` are the sheets' laid-out cells when the caller has them.
    init(_ document: ReportDocument, placed: [[PositionedCell]]? = nil) {
        var wanted: [String: [CellRange]] = [:]
        for chart in document.sheets.flatMap(\.charts) {
            for series in chart.series {
                wanted[series.values.sheet, default: []].append(series.values)
                if let categories = series.categories { wanted[categories.sheet, default: []].append(categories) }
            }
        }
        for (index, sheet) in document.sheets.enumerated() {
            guard let ranges = wanted[sheet.name] else { continue }
            var values: [Int: ReportValue] = [:]
            for cell in placed?[index] ?? (try? sheet.laidOutCells()) ?? [] {
                guard ranges.contains(where: { Self.range($0, contains: cell.address) }) else { continue }
                switch cell.cell.content {
                case .empty: continue
                case .value(let value), .formula(_, cached: let value): values[Self.key(cell.address)] = value
                }
            }
            sheets[sheet.name] = values
        }
    }

    private static func range(_ range: CellRange, contains address: CellAddress) -> Bool {
        (range.first.row...range.last.row).contains(address.row) && (range.first.column...range.last.column).contains(address.column)
    }

    /// The range's values in reading order (row by row); nil for an empty cell.
    func values(in range: CellRange) -> [ReportValue?] {
        let cells = sheets[range.sheet] ?? [:]
        var out: [ReportValue?] = []
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
