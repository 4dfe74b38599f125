/// A cell position on a sheet, the one address every layer shares: the reader's cells, a table's problems, a
/// report's blocks and formulas, the grader's answer cells.
///
/// Stored zero-based (`row` 0, `column` 0 is `A1`), as the writer places cells; `rowNumber` and `columnNumber`
/// are the same position as Excel numbers it (1-based), for code that deals in the numbers a person sees or
/// that a file's `r="C17"` holds. The letters are worked out in one place (`columnLetters(columnNumber:)`).
public struct CellAddress: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Excel's grid: 1,048,576 rows.
    public static let maxRow = 1_048_576
    /// Excel's grid: 16,384 columns (`XFD`).
    public static let maxColumn = 16_384

    /// Zero-based row index (row 0 is spreadsheet row 1).
    public var row: Int
    /// Zero-based column index (column 0 is `A`).
    public var column: Int

    /// Creates an address from zero-based row and column indices.
    @inlinable
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Creates an address from Excel's 1-based numbers (`C17` is row number 17, column number 3).
    @inlinable
    public init(rowNumber: Int, columnNumber: Int) {
        self.row = rowNumber - 1
        self.column = columnNumber - 1
    }

    /// The row number as Excel shows it (1-based).
    @inlinable
    public var rowNumber: Int { row + 1 }
    /// The column number as Excel counts it (A = 1).
    @inlinable
    public var columnNumber: Int { column + 1 }

    /// Parses `C17` (letters then digits, letters in either case, no `$`). Nil when malformed or outside the grid.
    public init?(a1 text: some StringProtocol) {
        guard let parsed = Array(text.utf8).withUnsafeBufferPointer(CellAddress.parse) else { return nil }
        self = parsed
    }

    /// The A1 text, e.g. `C17`.
    public var a1: String { columnLetters + String(rowNumber) }

    /// The A1-style reference, with `$` anchors when `absolute` is true (`$C$2`).
    public func a1(absolute: Bool = false) -> String {
        let anchor = absolute ? "$" : ""
        return "\(anchor)\(columnLetters)\(anchor)\(rowNumber)"
    }

    /// The column part of the A1 text, e.g. `C`.
    public var columnLetters: String { CellAddress.columnLetters(columnNumber: columnNumber) }

    public var description: String { a1 }

    /// The address `rows` below and `columns` to the right of this one.
    public func offset(rows: Int = 0, columns: Int = 0) -> CellAddress {
        CellAddress(row: row + rows, column: column + columns)
    }

    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    /// Bijective base-26 letters for a 1-based column number (1 → A, 27 → AA, 16384 → XFD): there is no zero
    /// digit, so each step subtracts one before dividing. Bytes, not Characters: every per-row formula of a large
    /// sheet spells a few of these.
    public static func columnLetters(columnNumber: Int) -> String {
        var n = columnNumber
        var scalars: [UInt8] = []
        while n > 0 {
            let rem = (n - 1) % 26
            scalars.append(UInt8(ascii: "A") + UInt8(rem))
            n = (n - 1) / 26
        }
        return String(decoding: scalars.reversed(), as: UTF8.self)
    }

    /// Parses column letters alone (`XFD` → 16384, a 1-based column number); nil when empty, not letters, or
    /// beyond the grid.
    public static func columnNumber(letters text: some StringProtocol) -> Int? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, let (column, used) = parseLetters(bytes), used == bytes.count else { return nil }
        return column
    }

    /// Parses A1 bytes; overflow is checked while accumulating so `A99999999999999999999` cannot wrap.
    /// Indexed byte loops rather than `dropFirst` slices: every cell of a sheet comes through here, hence also
    /// inlinable into the reader.
    @inlinable
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CellAddress? {
        guard let (column, used) = parseLetters(bytes), used < bytes.count else { return nil }
        var row = 0
        for index in used..<bytes.count {
            let digit = bytes[index] &- 0x30
            guard digit <= 9 else { return nil }
            row = row * 10 + Int(digit)
            guard row <= maxRow else { return nil }
        }
        guard row >= 1 else { return nil }
        return CellAddress(rowNumber: row, columnNumber: column)
    }

    /// Leading letters as a 1-based column number and how many bytes they used.
    @inlinable
    static func parseLetters<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (Int, Int)? {
        var column = 0
        var used = 0
        for byte in bytes {
            let upper = byte & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
            guard column <= maxColumn else { return nil }
            used += 1
        }
        return used == 0 ? nil : (column, used)
    }
}
