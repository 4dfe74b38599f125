import XLSXReader

extension TableBuilder {
    /// Builds the table as a person reads the sheet (`TableLayout`): looks at the header rows, the columns'
    /// edges and the rows around gaps and at the end, and rebuilds the columns only when rows are left out.
    consuming func finishDetected(sheet: String, merges: [CellRange]) throws -> Table {
        guard let header = headerRow else { throw TableError.emptySheet(sheet: sheet) }
        guard header <= lastRowSeen else { throw TableError.headerRowOutOfRange(sheet: sheet, row: header, lastRow: lastRowSeen) }
        if options.headerRow != nil || options.range != nil,
           let merge = merges.first(where: { $0.first.rowNumber <= header && $0.last.rowNumber > header && $0.first.rowNumber < $0.last.rowNumber }) {
            throw TableError.headerInsideMerge(sheet: sheet, row: header, merge: merge.a1)
        }
        var notes: [TableLayout.Note] = []
        var leftOutColumns: [Int] = []
        var otherTables: [CellRange] = []

        // Columns: every one with a header text or a value, in sheet order.
        let headerColumns = Set(headers.keys).union(parentHeaders.keys)
        var indexes = headerColumns.union(columns.indices.filter { columns[$0].values.count > 0 }.map { $0 + 1 }).sorted()
        guard !indexes.isEmpty else { throw TableError.emptySheet(sheet: sheet) }
        let span = (headers.keys.min() ?? indexes[0])...(headers.keys.max() ?? indexes[indexes.count - 1])

        // A parent row is confirmed by the cells, or by a merge across part of the table (not a title across it all).
        var parentRow = detection?.parentRow
        let parentText = parentHeaders.sorted { $0.key < $1.key }.map(\.value).joined(separator: " ")
        if let row = parentRow, detection?.parentConfirmed != true {
            let partial = merges.contains { $0.first.rowNumber == row && $0.last.columnNumber > $0.first.columnNumber
                && !($0.first.columnNumber <= span.lowerBound && $0.last.columnNumber >= span.upperBound) }
            if !partial { parentRow = nil; parentHeaders = [:] }
        }

        // Notes beside the table: a column without a header holding only note texts.
        indexes.removeAll { index in
            guard !headerColumns.contains(index), index <= columns.count else { return false }
            let values = columns[index - 1].values
            guard let first = values.first(where: { $0 != .empty }), case .text(let text) = first, RowLabel(text) == .note,
                  values.allSatisfy({ if case .text = $0 { true } else { $0 == .empty } }) else { return false }
            leftOutColumns.append(index)
            return true
        }

        // A second table beside the first: after an empty column that no merge covers, with its own header.
        if let split = indexes.indices.dropFirst().first(where: { position in
            let (left, right) = (indexes[position - 1], indexes[position])
            guard right > left + 1, headerColumns.contains(right) else { return false }
            return !(left + 1..<right).contains { column in merges.contains { $0.first.columnNumber <= column && column <= $0.last.columnNumber } }
        }) {
            let block = Array(indexes[split...])
            let lastRow = block.compactMap { index in
                index <= columns.count ? columns[index - 1].values.lastIndex { $0 != .empty }.map { rowNumbers[$0] } : nil
            }.max() ?? header
            otherTables.append(CellRange(first: CellAddress(rowNumber: header, columnNumber: block[0]),
                                         last: CellAddress(rowNumber: lastRow, columnNumber: block[block.count - 1])))
            indexes = Array(indexes[..<split])
        }
        // Empty columns between fields (grid paper, margins, spacing) are not columns of the table.
        if let first = indexes.first, let last = indexes.last {
            leftOutColumns += (first...last).filter { !indexes.contains($0) && !leftOutColumns.contains($0) }
        }
        let kept = indexes.filter { $0 <= columns.count }

        // Rows: flagged ones, rows empty in the kept columns, a second table below, lone texts at the end.
        // Positions left out: usually a handful, so a set rather than a flag per row.
        var drop = Set<Int>()
        var leftOut: [TableLayout.LeftOutRow] = []
        for row in flagged.keys where row > (detection?.extraHeaderRow ?? header) {
            if let position = position(ofRow: row) { drop.insert(position) }
        }
        let values = { (position: Int) in kept.map { self.columns[$0 - 1].values.count > position ? self.columns[$0 - 1].values[position] : .empty } }
        if !otherTables.isEmpty {
            for position in rowNumbers.indices where values(position).allSatisfy({ $0 == .empty }) { drop.insert(position) }
        }
        if let cut = secondTableBelow(kept: kept, drop: drop, values: values) {
            let last = rowNumbers[rowNumbers.count - 1]
            let lastColumn = max(kept.last ?? 1, columns.indices.last.map { $0 + 1 } ?? 1)
            otherTables.append(CellRange(first: CellAddress(rowNumber: rowNumbers[cut], columnNumber: kept.first ?? 1),
                                         last: CellAddress(rowNumber: last, columnNumber: lastColumn)))
            drop.formUnion(cut..<rowNumbers.count)
            flagged = flagged.filter { $0.key < rowNumbers[cut] }
        }
        for (position, text) in trailingLoneTexts(kept: kept, drop: drop, values: values) {
            drop.insert(position)
            flagged[rowNumbers[position]] = (.note, text)
        }
        if let total = unlabelledTotal(kept: kept, drop: drop) {
            drop.insert(total)
            flagged[rowNumbers[total]] = (.unlabelledTotal, "")
            notes.append(.possibleTotal(row: rowNumbers[total]))
        }
        for (row, flag) in flagged { leftOut.append(.init(rows: row...row, reason: flag.reason, text: flag.text)) }
        for row in detection?.preamble ?? [] where parentRow == nil || row.number < parentRow! {
            let text = row.cells.map { TableBuilder.headerText($0.value) }.joined(separator: " ")
            leftOut.append(.init(rows: row.number...row.number, reason: .aboveHeader, text: text))
        }
        if let detection, parentRow == nil, let candidate = detection.parentRow {
            leftOut.append(.init(rows: candidate...candidate, reason: .aboveHeader, text: parentText))
        }
        if let extra = detection?.extraHeaderRow { notes.append(.twoHeaderCandidates(chosen: header, other: extra)) }

        // Keep what is left, rebuilding the columns only when something went.
        var gathered: [Gathered]
        if drop.isEmpty {
            gathered = kept.map { index in var column = columns[index - 1]; column.values.pad(to: rowNumbers.count); return column }
        } else {
            let keptRows = rowNumbers.indices.filter { !drop.contains($0) }
            gathered = kept.map { index in
                var column = Gathered()
                let source = columns[index - 1].values
                for (position, old) in keptRows.enumerated() where old < source.count {
                    let value = source[old]
                    guard value != .empty else { continue }
                    let reading: TextConversion? = if case .text(let text) = value { TextConversion(text) } else { nil }
                    column.add(value, at: position, reading: reading)
                }
                column.values.pad(to: keptRows.count)
                return column
            }
            let keptSet = Set(keptRows.map { rowNumbers[$0] })
            coerced.removeAll { !keptSet.contains($0.address.rowNumber) }
            rowNumbers = keptRows.map { rowNumbers[$0] }
        }
        coerced.removeAll { !kept.contains($0.address.columnNumber) }
        if options.coerceNumbers {
            for (offset, index) in kept.enumerated() where !HeaderNames.namesPeople(headers[index] ?? "") {
                if let merged = mergeSpacedLabels(gathered[offset], column: index) { gathered[offset] = merged }
            }
        }

        // Blank rows inside the table, as runs.
        for (previous, next) in zip(rowNumbers, rowNumbers.dropFirst()) where next > previous + 1 {
            let gap = (previous + 1)...(next - 1)
            let explained = Set(leftOut.flatMap { Array($0.rows) })
            for run in TableBuilder.runs(gap.filter { !explained.contains($0) }) { leftOut.append(.init(rows: run, reason: .blank, text: "")) }
        }

        // Names: cleaned, parent_child for two-row headers; then total columns.
        let names = HeaderNames.names(columns: kept, header: headers, parent: parentRow == nil ? nil : parentHeaders,
                                      headerRow: header, merges: merges)
        var unique = UniqueNames()
        var built = zip(kept, zip(names, gathered)).map { index, pair in
            let (name, column) = pair
            let original = [parentHeaders[index], headers[index]].compactMap { $0 }.joined(separator: " ")
            var built = Column(name: unique.claim(name.isEmpty ? CellAddress.columnLetters(columnNumber: index) : name), header: headers[index] ?? "",
                               index: index, values: column.values, tally: column.tally, rowNumbers: rowNumbers)
            built.aliases = [original, headers[index] ?? "", extraHeaders[index] ?? "", HeaderNames.clean(extraHeaders[index] ?? "")]
                .filter { !$0.isEmpty && $0 != built.name }
            return built
        }
        TotalColumns.mark(&built, sumFormulas: sumAlongRow, notes: &notes)

        let lastRow = max(rowNumbers.last ?? header, flagged.filter { $0.value.reason != .note }.keys.max() ?? header)
        let range = CellRange(first: CellAddress(rowNumber: parentRow ?? header, columnNumber: kept.first ?? 1),
                              last: CellAddress(rowNumber: lastRow, columnNumber: kept.last ?? 1))
        let layout = TableLayout(range: range, headerRows: (parentRow ?? header)...header,
                                 leftOutRows: leftOut.sorted { $0.rows.lowerBound < $1.rows.lowerBound },
                                 otherTables: otherTables, leftOutColumns: leftOutColumns.sorted(), notes: notes)
        return Table(sheetName: sheet, headerRow: header, columns: built, rowNumbers: rowNumbers, coercedCells: coerced, layout: layout)
    }

    /// The column with labels spaced for alignment (`総 務 課`) replaced by the plain label of the same column
    /// (`総務課`), each change listed; nil when nothing changes.
    private mutating func mergeSpacedLabels(_ column: Gathered, column index: Int) -> Gathered? {
        guard column.tally.majority == .text else { return nil }
        var distinct: Set<String> = []
        for value in column.values { if case .text(let text) = value { distinct.insert(text) } }
        let merges = SpacedLabels.merges(distinct)
        guard !merges.isEmpty else { return nil }
        var merged = Gathered()
        for (position, value) in column.values.enumerated() where value != .empty {
            guard case .text(let text) = value else {
                merged.add(value, at: position, reading: nil)
                continue
            }
            if let plain = merges[text] {
                coerced.append(CoercedCell(address: CellAddress(rowNumber: rowNumbers[position], columnNumber: index), text: text, change: .label(plain)))
                merged.add(.text(plain), at: position, reading: TextConversion(plain))
            } else {
                merged.add(value, at: position, reading: TextConversion(text))
            }
        }
        merged.values.pad(to: rowNumbers.count)
        return merged
    }

    /// Puts back the statistical symbols coerced in columns that turn out not to hold numbers: `x` or `-` in a
    /// 備考 column is a remark, not a missing figure.
    mutating func restoreSymbolsOutsideNumberColumns() {
        let symbols = coerced.filter { if case .symbol = $0.change { true } else { false } }
        guard !symbols.isEmpty else { return }
        var restored: Set<CellAddress> = []
        for column in Set(symbols.map(\.address.columnNumber)) where columns[column - 1].tally.majority != .number {
            let texts = Dictionary(uniqueKeysWithValues: symbols.filter { $0.address.columnNumber == column }.compactMap { cell in
                position(ofRow: cell.address.rowNumber).map { ($0, cell.text) }
            })
            var rebuilt = Gathered()
            for (position, value) in columns[column - 1].values.enumerated() {
                if let text = texts[position] {
                    rebuilt.add(.text(text), at: position, reading: TextConversion(text))
                } else if value != .empty {
                    rebuilt.add(value, at: position, reading: { if case .text(let text) = value { TextConversion(text) } else { nil } }())
                }
            }
            columns[column - 1] = rebuilt
            restored.formUnion(symbols.filter { $0.address.columnNumber == column }.map(\.address))
        }
        coerced.removeAll { restored.contains($0.address) }
    }

    /// The data position of sheet row `row`, if it holds data.
    func position(ofRow row: Int) -> Int? {
        var (low, high) = (0, rowNumbers.count)
        while low < high {
            let middle = (low + high) / 2
            if rowNumbers[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low < rowNumbers.count && rowNumbers[low] == row ? low : nil
    }

    /// The first row, after blank rows, that starts another table: a lone title, or texts over columns of
    /// numbers (a header). Rows after a gap that look like data belong to this table.
    private func secondTableBelow(kept: [Int], drop: Set<Int>, values: (Int) -> [TableValue]) -> Int? {
        let numeric = kept.map { $0 <= columns.count && columns[$0 - 1].holdsNumbers }
        var checked = 0
        for position in rowNumbers.indices.dropFirst() where rowNumbers[position] > rowNumbers[position - 1] + 1 && !drop.contains(position) {
            checked += 1
            if checked > 16 { return nil }
            let row = values(position)
            let filled = row.enumerated().filter { $0.element != .empty }
            let allText = filled.allSatisfy { if case .text = $0.element { true } else { false } }
            guard allText, !filled.isEmpty else { continue }
            if filled.count == 1, kept.count > 1, position + 1 < rowNumbers.count { return position }
            if filled.count >= 2, filled.contains(where: { numeric[$0.offset] }) { return position }
        }
        return nil
    }

    /// Lone texts after the data and a blank row (`作成：企画課`): notes, not cases.
    private func trailingLoneTexts(kept: [Int], drop: Set<Int>, values: (Int) -> [TableValue]) -> [(Int, String)] {
        guard kept.count > 1 else { return [] }
        var position = rowNumbers.count - 1
        var lone: [Int] = []
        while position > 0 {
            if drop.contains(position) { position -= 1; continue }
            let filled = values(position).filter { $0 != .empty }
            guard filled.count == 1, case .text = filled[0] else { break }
            lone.append(position)
            position -= 1
        }
        // Only when a blank row separates them from the data.
        guard let top = lone.last, top > 0, rowNumbers[top] > rowNumbers[top - 1] + 1 else { return [] }
        return lone.map { position in
            guard case .text(let text) = values(position).first(where: { $0 != .empty }) else { return (position, "") }
            return (position, text)
        }
    }

    /// The last kept row when it has no label and its numbers are the sums of the kept rows above it in
    /// every number column (at least one): a total row whose label was left blank.
    private func unlabelledTotal(kept: [Int], drop: Set<Int>) -> Int? {
        guard let last = rowNumbers.indices.last(where: { !drop.contains($0) }), last >= 2 else { return nil }
        let numeric = kept.filter { $0 <= columns.count && columns[$0 - 1].tally.majority == .number }
        guard !numeric.isEmpty else { return nil }
        for index in kept where !numeric.contains(index) && index <= columns.count {
            let values = columns[index - 1].values
            if last < values.count, values[last] != .empty { return nil }
        }
        for index in numeric {
            let values = columns[index - 1].values
            guard last < values.count, case .number(let total) = values[last] else { return nil }
            var sum = 0.0
            for position in 0..<last where !drop.contains(position) { sum += values[position].numeric ?? 0 }
            guard abs(sum - total) <= 1e-9 * max(1, abs(total)) else { return nil }
        }
        return last
    }

    static func runs(_ rows: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for row in rows {
            if let last = runs.last, last.upperBound == row - 1 { runs[runs.count - 1] = last.lowerBound...row } else { runs.append(row...row) }
        }
        return runs
    }
}
