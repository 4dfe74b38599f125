/// A rectangle of cells (`A1:B2`, a single cell when `first == last`), on a named sheet when `sheet` is not empty:
/// a merged area or a `--range` as read (within the sheet being read), a formula's reference or a chart's series
/// as written (on the sheet named).
public struct CellRange: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The sheet the range lies on (formulas and chart series); empty for a range within the sheet being read.
    public var sheet: String
    /// Top-left cell.
    public var first: CellAddress
    /// Bottom-right cell.
    public var last: CellAddress

    /// Creates a range on `sheet`; the corners are normalised so `first` is the top-left one.
    public init(sheet: String = "", first: CellAddress, last: CellAddress) {
        self.sheet = sheet
        self.first = CellAddress(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellAddress(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A1:B2` or a single `A1`; nil when either end is malformed or outside the grid.
    public init?(a1 text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let first = CellAddress(a1: parts[0]),
              let last = CellAddress(a1: parts[parts.count - 1]) else { return nil }
        self.init(first: first, last: last)
    }

    /// A single-column range: `rows` rows starting at `firstRow` in `column` (all zero-based).
    public static func column(_ column: Int, rows: Range<Int>, on sheet: String) -> CellRange {
        CellRange(sheet: sheet,
                  first: CellAddress(row: rows.lowerBound, column: column),
                  last: CellAddress(row: max(rows.lowerBound, rows.upperBound - 1), column: column))
    }

    /// Number of rows covered.
    public var rowCount: Int { last.row - first.row + 1 }
    /// Number of columns covered.
    public var columnCount: Int { last.column - first.column + 1 }
    /// The number of cells covered.
    public var cellCount: Int { rowCount * columnCount }

    /// `A1:B2`, or `A1` for a single cell (no sheet name).
    public var a1: String { first == last ? first.a1 : "\(first.a1):\(last.a1)" }

    public var description: String { a1 }

    /// Whether the range covers `address`.
    public func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }

    /// The reference as written in a formula, with the sheet name quoted where needed:
    /// `'データ'!$C$2:$C$201`, `Data!$A$1` (no sheet part when `sheet` is empty).
    public func reference(absolute: Bool = true) -> String {
        let corners = first == last
            ? first.a1(absolute: absolute)
            : "\(first.a1(absolute: absolute)):\(last.a1(absolute: absolute))"
        guard !sheet.isEmpty else { return corners }
        return "\(SheetName.quotedForFormula(sheet))!\(corners)"
    }
}

/// Rules for sheet names inside formula references.
public enum SheetName {
    /// The sheet name as it must appear before `!` in a formula.
    ///
    /// Excel accepts a bare name only when it looks like an identifier (ASCII letters, digits, `_`, `.`,
    /// not starting with a digit) and cannot be mistaken for a cell reference (`A1`, `XFD100`, `R1C1`)
    /// or a boolean. Everything else, including any non-ASCII name such as `データ`, is quoted, with
    /// embedded apostrophes doubled. Quoting a name that did not need it is always valid.
    public static func quotedForFormula(_ name: String) -> String {
        if isBareSafe(name) { return name }
        return "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    /// Checked on UTF-8 bytes: a bare name is ASCII, and every reference of a data sheet's formulas asks again.
    private static func isBareSafe(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let head = bytes.first, head < 0x80, !isDigit(head) else { return false }
        guard bytes.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }) else {
            return false
        }
        let upper = bytes.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? $0 - 32 : $0 }
        if upper.elementsEqual("TRUE".utf8) || upper.elementsEqual("FALSE".utf8) { return false }
        return !looksLikeA1(upper) && !looksLikeR1C1(upper)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `ABC123`-shaped names (one to three letters, then digits) read as cell references.
    private static func looksLikeA1(_ name: [UInt8]) -> Bool {
        let letters = name.prefix { isLetter($0) }.count
        let digits = name.dropFirst(letters)
        return (1...3).contains(letters) && !digits.isEmpty && digits.allSatisfy(isDigit)
    }

    /// `R`, `C`, `R1C1`, `R2`, `C3` read as R1C1-style references.
    private static func looksLikeR1C1(_ name: [UInt8]) -> Bool {
        var rest = name[...]
        var sawPart = false
        for marker in [UInt8(ascii: "R"), UInt8(ascii: "C")] where rest.first == marker {
            rest = rest.dropFirst()
            rest = rest.drop { isDigit($0) }
            sawPart = true
        }
        return sawPart && rest.isEmpty
    }
}
