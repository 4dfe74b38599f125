/// A rectangular range of cells on a named sheet, used by formulas and chart series.
public struct CellRange: Codable, Sendable, Hashable {
    /// The sheet the range lies on.
    public var sheet: String
    /// Top-left cell.
    public var first: CellAddress
    /// Bottom-right cell.
    public var last: CellAddress

    /// Creates a range; the corners are normalised so `first` is the top-left one.
    public init(sheet: String, first: CellAddress, last: CellAddress) {
        self.sheet = sheet
        self.first = CellAddress(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellAddress(row: max(first.row, last.row), column: max(first.column, last.column))
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

    /// The reference as written in a formula, with the sheet name quoted where needed:
    /// `'データ'!$C$2:$C$201`, `Data!$A$1`.
    public func reference(absolute: Bool = true) -> String {
        let corners = first == last
            ? first.a1(absolute: absolute)
            : "\(first.a1(absolute: absolute)):\(last.a1(absolute: absolute))"
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
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private static func isBareSafe(_ name: String) -> Bool {
        guard let head = name.unicodeScalars.first, head.isASCII, !("0"..."9").contains(head) else { return false }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == ".")
        }
        guard allowed else { return false }
        let upper = name.uppercased()
        if upper == "TRUE" || upper == "FALSE" { return false }
        return !looksLikeA1(upper) && !looksLikeR1C1(upper)
    }

    /// `ABC123`-shaped names (one to three letters, then digits) read as cell references.
    private static func looksLikeA1(_ name: String) -> Bool {
        let letters = name.prefix { $0.isLetter }
        let digits = name.dropFirst(letters.count)
        return (1...3).contains(letters.count) && !digits.isEmpty && digits.allSatisfy(\.isNumber)
    }

    /// `R`, `C`, `R1C1`, `R2`, `C3` read as R1C1-style references.
    private static func looksLikeR1C1(_ name: String) -> Bool {
        var rest = Substring(name)
        var sawPart = false
        for marker in ["R", "C"] where rest.hasPrefix(marker) {
            rest = rest.dropFirst()
            rest = rest.drop { $0.isNumber }
            sawPart = true
        }
        return sawPart && rest.isEmpty
    }
}
