import XLSXReader

/// The sheet rated against the items of the 2020 総務省 checklist (統計表における機械判読可能なデータの
/// 表記方法の統一ルール) that can be tested on its cells: each item lists the cells that break it.
/// Cells are added as the sheet streams them, so the whole sheet is never held.
public struct SheetChecklist: Sendable {
    public enum Check: String, Sendable, CaseIterable {
        /// 1セル1データ: no merged cells.
        case mergedCells
        /// No spaces to align text (`総 務 課`, ` 年齢 `).
        case alignmentSpaces
        /// Numbers as numbers: no `1,234`, `▲56`, `85%`, `12時間` stored as text.
        case numbersAsText
        /// No formulas left in published data.
        case formulas
        /// No omitted item names: every column has a header, and no label is left blank to mean "as above".
        case omittedNames
        /// 和暦 written with 西暦.
        case eraWithoutWestern
        /// No machine-dependent characters (①, ㈱, ㍻, Ⅲ).
        case machineDependentCharacters
    }

    public struct Item: Sendable, Hashable {
        public let check: Check
        /// Cells and ranges that break the item (`O5:O28`); empty when the sheet passes it.
        public let cells: [String]
        /// How many cells break it (`cells` covers the first `SheetChecklist.listed`).
        public let count: Int
        public var passed: Bool { count == 0 }
    }

    /// Cells listed per item; the count goes on.
    public static let listed = 2000

    private let dataStart: Int
    private let peopleColumns: Set<Int>
    private var found: [Check: (cells: [CellAddress], count: Int)] = [:]

    /// Prepares the checks for the sheet `table` was read from.
    public init(table: Table) {
        dataStart = table.headerRow + 1
        peopleColumns = Set(table.columns.filter { HeaderNames.namesPeople($0.header) }.map(\.index))
    }

    /// Checks one cell of the sheet.
    public mutating func add(_ cell: Cell) {
        if cell.formula != nil { note(.formulas, cell.address) }
        guard case .text(let text) = cell.value else { return }
        if !peopleColumns.contains(cell.address.columnNumber), SheetChecklist.hasAlignmentSpaces(text) {
            note(.alignmentSpaces, cell.address)
        }
        if cell.address.rowNumber >= dataStart, NumberLikeText(text) != nil { note(.numbersAsText, cell.address) }
        if SheetChecklist.hasEraWithoutWestern(text) { note(.eraWithoutWestern, cell.address) }
        if MachineDependentCharacters.first(in: text) != nil { note(.machineDependentCharacters, cell.address) }
    }

    /// The items, in the checklist's order, once every cell has been added.
    public func items(merges: [CellRange], table: Table) -> [Item] {
        var found = self.found.mapValues { entry in
            (cells: CellRuns.compress(entry.cells).map(\.a1) + (entry.count > entry.cells.count ? ["…"] : []), count: entry.count)
        }
        found[.mergedCells] = (merges.prefix(SheetChecklist.listed).map(\.a1), merges.count)
        var omitted = table.columns.filter { $0.name == $0.letter && $0.header.isEmpty }.map { CellAddress(rowNumber: table.headerRow, columnNumber: $0.index) }
        if let labels = table.columns.first, labels.type == .text {
            // A label left blank between filled ones means "the same as above" to a person, nothing to a machine.
            let filled = labels.values.indices.filter { labels.values[$0] != .empty }
            if let first = filled.first, let last = filled.last {
                omitted += (first...last).filter { labels.values[$0] == .empty }.map { table.address(row: $0, column: labels) }
            }
        }
        found[.omittedNames] = (CellRuns.compress(Array(omitted.prefix(SheetChecklist.listed))).map(\.a1), omitted.count)
        return Check.allCases.map { check in
            let entry = found[check] ?? ([], 0)
            return Item(check: check, cells: entry.cells, count: entry.count)
        }
    }

    private mutating func note(_ check: Check, _ cell: CellAddress) {
        var entry = found[check] ?? ([], 0)
        if entry.cells.count < SheetChecklist.listed { entry.cells.append(cell) }
        entry.count += 1
        found[check] = entry
    }

    /// Leading or trailing spaces, or single Japanese characters spaced apart (`総 務 課`, `合　計`); a space
    /// between Japanese words (`令和6年度 課別`, `山田 太郎`) separates words and is fine.
    static func hasAlignmentSpaces(_ text: String) -> Bool {
        let isSpace = { (character: Character) in character == " " || character == "\u{3000}" }
        guard let first = text.first, let last = text.last else { return false }
        if isSpace(first) || isSpace(last) || text.contains("\n") || text.contains("\r\n") { return true }
        let words = text.split(whereSeparator: isSpace)
        guard words.count > 1 else { return false }
        return words.filter { $0.count == 1 && !($0.first?.isASCII ?? true) }.count >= 2
    }

    /// An era year (`令和6年`, `平成31年度`, `R6.4.1`) with no four-digit western year beside it.
    static func hasEraWithoutWestern(_ text: String) -> Bool {
        let characters = Array(text)
        var hasEra = false
        for era in ["令和", "平成", "昭和", "大正", "明治"] {
            var search = text[...]
            while let range = search.range(of: era) {
                if let next = search[range.upperBound...].first, next.isNumber || next == "元" { hasEra = true }
                search = search[range.upperBound...]
            }
        }
        if !hasEra, let first = characters.first, "RHSTMrhstm".contains(first), TextDate.date(from: text) != nil { hasEra = true }
        guard hasEra else { return false }
        var run = 0
        for character in characters {
            run = character.unicodeScalars.first?.properties.numericType == .decimal ? run + 1 : 0
            if run == 4 { return false }
        }
        return true
    }
}
