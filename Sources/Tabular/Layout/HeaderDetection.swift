import XLSXReader

/// Finds the header among a sheet's first rows, as a person finds it: below the title, unit and date lines
/// (lone cells, `（単位：時間）`, `令和7年4月1日現在`), the first row that spans most of the table's width.
/// A text row directly above it that fills columns it leaves empty is the parent row of a two-row header
/// (`来庁者数` over `午前 | 午後 | 計`); an all-text row directly below it over numbers is a second header
/// line. Merged ranges, which follow the cells in the file, refine the names later (`HeaderNames`).
struct HeaderDetection {
    /// One sheet row's cells, in column order.
    struct Row {
        let number: Int
        var cells: [Cell]
    }

    /// The header row that names the columns; data start below it.
    let headerRow: Int
    /// The parent row of a two-row header, directly above `headerRow`.
    let parentRow: Int?
    /// Whether the cells alone show `parentRow` to be a parent row; otherwise only a merged range spanning
    /// part of the table's columns can confirm it (a lone text cell above a header is usually a title).
    let parentConfirmed: Bool
    /// An all-text row directly below the header, over numbers: a second header line, not data.
    let extraHeaderRow: Int?
    /// Rows above the header rows (titles, units, dates).
    let preamble: [Row]

    /// Looks at `rows` (the first rows of the sheet, blank rows absent); nil when there are none.
    init?(rows: [Row]) {
        guard !rows.isEmpty else { return nil }
        let width = rows.map(\.cells.count).max() ?? 0
        let wide = max(2, (width + 1) / 2)
        let index = rows.firstIndex { $0.cells.count >= wide && !HeaderDetection.isPreamble($0) } ?? rows.startIndex
        let found = rows[index]
        let below = index + 1 < rows.count ? rows[index + 1] : nil
        let afterBelow = index + 2 < rows.count ? rows[index + 2] : nil
        let above = index > 0 ? rows[index - 1] : nil
        var (header, parent, confirmed, extra) = (found.number, Int?.none, false, Int?.none)
        if let below, below.number == found.number + 1, HeaderDetection.allText(below),
           let afterBelow, HeaderDetection.holdsNonText(afterBelow, under: below) {
            if HeaderDetection.fills(below, gapsOf: found) {
                // The found row is the parent of a two-row header; the row below names the columns with it.
                (header, parent, confirmed) = (below.number, found.number, true)
            } else if below.cells.count >= wide, HeaderDetection.allText(found),
                      rows.dropFirst(index + 2).prefix(3).allSatisfy({ HeaderDetection.holdsNonText($0, under: below) }) {
                // Both rows are all text over rows of numbers: two header lines (codes over names, say).
                extra = below.number
            }
        }
        if parent == nil, extra == nil, let above, above.number == found.number - 1, HeaderDetection.allText(above),
           !(above.cells.count > 1 && HeaderDetection.isPreamble(above)) {
            parent = above.number
            confirmed = above.cells.count >= 2 && HeaderDetection.fills(above, gapsOf: found)
        }
        headerRow = header
        parentRow = parent
        parentConfirmed = confirmed
        extraHeaderRow = extra
        preamble = rows.filter { $0.number < (parent ?? header) }
    }

    private static func allText(_ row: Row) -> Bool {
        row.cells.allSatisfy { if case .text = $0.value { true } else { false } }
    }

    /// Whether `row` holds a number, date or other non-text value in a column where `names` has a text.
    private static func holdsNonText(_ row: Row, under names: Row) -> Bool {
        let named = Set(names.cells.map(\.address.columnNumber))
        return row.cells.contains { cell in
            guard named.contains(cell.address.columnNumber) else { return false }
            if case .text = cell.value { return false }
            return true
        }
    }

    /// Whether `row` has a value in some column that `other` leaves empty.
    private static func fills(_ row: Row, gapsOf other: Row) -> Bool {
        let taken = Set(other.cells.map(\.address.columnNumber))
        return row.cells.contains { !taken.contains($0.address.columnNumber) }
    }

    /// A title, unit or date line: a lone cell, or a short row holding `単位`, `現在`, or a text wholly
    /// in brackets.
    static func isPreamble(_ row: Row) -> Bool {
        if row.cells.count <= 1 { return true }
        return row.cells.count <= 3 && row.cells.contains { cell in
            guard case .text(let text) = cell.value else { return false }
            return isPreambleText(text)
        }
    }

    static func isPreambleText(_ text: String) -> Bool {
        let plain = RowLabel.plain(text)
        if plain.contains("単位") || plain.contains("現在") || plain.hasPrefix("作成") || plain.hasPrefix("更新") { return true }
        let opens: Set<Character> = ["（", "(", "【", "["], closes: Set<Character> = ["）", ")", "】", "]"]
        if let first = plain.first, let last = plain.last, opens.contains(first), closes.contains(last) { return true }
        return false
    }
}
