import Tabular
import XLSXReader

/// What `bunseki inspect` reports, in the shape of its `--json` output (docs/JSON.md, "inspect").
package struct InspectReport: Encodable {
    package struct Sheet: Encodable {
        package let position: Int
        package let name: String
        package let state: String
        package let kind: String
    }

    package struct ValueCount: Encodable {
        package let value: String
        package var count: Int
    }

    package struct Issue: Encodable {
        package let cell: String
        package let problem: String
        package let text: String
        package let found: String?
        package let value: Double?
        package let unit: String?
        package let reasons: [String]?
        /// For a statistical symbol: `none`, `unknown`, `suppressed` or `asterisk`.
        package var symbol: String? = nil
        /// For a date typed as text: the date it reads as (ISO 8601).
        package var date: String? = nil
    }

    package struct ColumnSummary: Encodable {
        package let letter: String
        package let name: String
        package let header: String
        package let type: String
        package let count: Int
        package let empty: Int
        package let minimum: Double?
        package let maximum: Double?
        package let minimumText: String?
        package let maximumText: String?
        package let topValues: [ValueCount]?
        package let issues: [Issue]
        /// A total column (`年計`, `計`): the sums of its neighbours, left out of `tidy --long`.
        package var total = false
        /// An identifier (職員番号, ID, 氏名: every value differs; `Column.isIdentifier`), which `report` leaves out.
        package var identifier = false
    }

    /// A run of adjacent columns with neither a header nor a value (between used columns, or up to a far cell):
    /// summarised in one entry instead of one column each.
    package struct EmptyColumns: Encodable {
        package let first: String
        package let last: String
        package let count: Int
        /// Where the run sits among the columns (the first one's number), for the text's order; not encoded.
        package let firstIndex: Int

        private enum CodingKeys: String, CodingKey { case first, last, count }
    }

    /// How a CSV/TSV file was read; absent for workbooks.
    package struct DelimitedText: Encodable {
        package let encoding: String
        package let byteOrderMark: Bool
        package let delimiter: String
    }

    package struct Coerced: Encodable {
        package let cell: String
        package let text: String
        /// The number (a date's serial) it became; null for a missing value or a label.
        package let value: Double?
        /// What it became, as shown (`-1234`, `2024-04-01`, empty for a missing value, `総務課`).
        package let converted: String
    }

    package let file: String
    package let dateSystem: String
    package let sheets: [Sheet]
    package let csv: DelimitedText?
    package let sheet: String
    package let headerRow: Int
    package let dataRows: Int
    package let columns: [ColumnSummary]
    package let emptyColumns: [EmptyColumns]
    package let coercedCells: [Coerced]
    package let mergedRanges: [String]
    /// The detected table (absent with `--no-detect-layout`); not encoded as a Swift value but as `LayoutJSON`.
    package let layout: TableLayout?
    package let tableLayout: LayoutJSON?

    private enum CodingKeys: String, CodingKey {
        case file, dateSystem, sheets, csv, sheet, headerRow, dataRows, columns, emptyColumns, coercedCells, mergedRanges
        case tableLayout = "sheetLayout"
    }

    package init(file: String, loaded: LoadedTable, mergedRanges: [CellRange]) {
        self.file = file
        switch loaded.source {
        case .sheet(let workbook, let chosen):
            dateSystem = workbook.dateSystem.rawValue
            sheets = workbook.sheets.map {
                Sheet(position: $0.index + 1, name: $0.name, state: $0.state.rawValue, kind: $0.kind.rawValue)
            }
            csv = nil
            sheet = chosen.name
        case .csv(let file):
            // A CSV file reads as one visible worksheet named after the file, dates in the 1900 system.
            dateSystem = DateSystem.excel1900.rawValue
            sheets = [Sheet(position: 1, name: file.name, state: SheetState.visible.rawValue,
                            kind: SheetKind.worksheet.rawValue)]
            csv = DelimitedText(encoding: file.encoding.rawValue, byteOrderMark: file.hadByteOrderMark,
                                delimiter: file.delimiter.name)
            sheet = file.name
        }
        headerRow = loaded.table.headerRow
        dataRows = loaded.table.rowNumbers.count
        (columns, emptyColumns) = InspectReport.summaries(loaded.table.columns)
        coercedCells = loaded.table.coercedCells.map { Coerced(cell: $0.address.a1, text: $0.text, value: $0.value.numeric, converted: $0.value.displayText) }
        self.mergedRanges = mergedRanges.map(\.a1)
        layout = loaded.table.layout
        tableLayout = loaded.table.layout.map { LayoutJSON($0, columns: loaded.table.columns) }
    }

    /// The used columns summarised, and the empty ones in runs: a sheet whose only far cell sits in `XFD` has 16,384
    /// columns, almost all empty (issue #14, item 7).
    private static func summaries(_ all: [Column]) -> ([ColumnSummary], [EmptyColumns]) {
        var summaries: [ColumnSummary] = []
        var runs: [EmptyColumns] = []
        var run: (first: Column, last: Column)?
        func close() {
            if let (first, last) = run {
                runs.append(EmptyColumns(first: first.letter, last: last.letter, count: last.index - first.index + 1,
                                         firstIndex: first.index))
            }
            run = nil
        }
        for column in all {
            if column.count == 0, !column.isTotal, column.header.trimmingCharacters(in: .whitespaces).isEmpty {
                if let current = run, current.last.index + 1 == column.index {
                    run = (current.first, column)
                } else {
                    close()
                    run = (column, column)
                }
            } else {
                close()
                summaries.append(summary(column))
            }
        }
        close()
        return (summaries, runs)
    }

    private static func summary(_ column: Column) -> ColumnSummary {
        // Straight from the stored values: no copy of the column, no value rebuilt per cell, no distinct-value
        // count for numbers (issue #14: inspect should cost little beside the read).
        let extremes = column.values.numericExtremes(of: column.type)
        let low = extremes.map { column.values[$0.low] }
        let high = extremes.map { column.values[$0.high] }
        let counted = column.type == .text || column.type == .bool
        return ColumnSummary(letter: column.letter, name: column.name, header: column.header, type: column.type.rawValue,
                             count: column.count, empty: column.emptyCount,
                             minimum: low?.numeric, maximum: high?.numeric,
                             minimumText: low?.displayText, maximumText: high?.displayText,
                             topValues: counted ? topValues(column, limit: 5) : nil,
                             issues: column.issues.map(issue), total: column.isTotal, identifier: column.isIdentifier)
    }

    /// The most frequent values, most frequent first; ties keep the order of first appearance.
    private static func topValues(_ column: Column, limit: Int) -> [ValueCount] {
        // Counts come in order of first appearance; the leaders are picked in one pass: a column of a million
        // distinct names must not be sorted whole to show five of them.
        var leaders: [(value: TableValue, count: Int)] = []
        for tally in column.values.frequencies(of: column.type)
        where leaders.count < limit || tally.count > leaders[leaders.count - 1].count {
            let place = leaders.firstIndex { $0.count < tally.count } ?? leaders.count
            leaders.insert(tally, at: place)
            if leaders.count > limit { leaders.removeLast() }
        }
        return leaders.map { ValueCount(value: $0.value.displayText, count: $0.count) }
    }

    private static func issue(_ issue: CellIssue) -> Issue {
        switch issue.kind {
        case .numberLikeText(let reading):
            Issue(cell: issue.address.a1, problem: "numberLikeText", text: issue.text, found: nil, value: reading.value,
                  unit: reading.unit, reasons: reading.reasons.map(\.rawValue))
        case .typeMismatch(let found):
            Issue(cell: issue.address.a1, problem: "typeMismatch", text: issue.text, found: found.rawValue, value: nil,
                  unit: nil, reasons: nil)
        case .errorValue:
            Issue(cell: issue.address.a1, problem: "errorValue", text: issue.text, found: nil, value: nil, unit: nil, reasons: nil)
        case .statisticalSymbol(let symbol):
            Issue(cell: issue.address.a1, problem: "statisticalSymbol", text: issue.text, found: nil, value: nil, unit: nil,
                  reasons: nil, symbol: symbol.rawValue)
        case .dateText(let date):
            Issue(cell: issue.address.a1, problem: "dateText", text: issue.text, found: nil, value: nil, unit: nil,
                  reasons: nil, date: date.iso8601)
        }
    }
}
