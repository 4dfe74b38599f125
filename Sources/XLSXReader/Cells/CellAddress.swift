/// A cell position on a sheet, 1-based like Excel (`A1` is row 1, column 1).
public struct CellAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Excel's grid: 1,048,576 rows.
    public static let maxRow = 1_048_576
    /// Excel's grid: 16,384 columns (`XFD`).
    public static let maxColumn = 16_384

    /// 1-based row number.
    public let row: Int
    /// 1-based column number (A = 1).
    public let column: Int

    /// Creates an address; callers are responsible for staying inside the grid.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C17` (letters then digits, letters in either case, no `$`). Nil when malformed or outside the grid.
    public init?(a1 text: some StringProtocol) {
        guard let parsed = Array(text.utf8).withUnsafeBufferPointer(CellAddress.parse) else { return nil }
        self = parsed
    }

    /// The A1 text, e.g. `C17`.
    public var a1: String { CellAddress.columnLetters(column) + String(row) }

    /// The column part of the A1 text, e.g. `C`.
    public var columnLetters: String { CellAddress.columnLetters(column) }

    public var description: String { a1 }

    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    /// Bijective base-26 letters for a 1-based column (1 → A, 27 → AA, 16384 → XFD).
    public static func columnLetters(_ column: Int) -> String {
        var n = column
        var scalars: [UInt8] = []
        while n > 0 {
            let rem = (n - 1) % 26
            scalars.append(UInt8(ascii: "A") + UInt8(rem))
            n = (n - 1) / 26
        }
        return String(decoding: scalars.reversed(), as: UTF8.self)
    }

    /// Parses column letters alone (`XFD` → 16384); nil when empty, not letters, or beyond the grid.
    public static func columnNumber(letters text: some StringProtocol) -> Int? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, let (column, used) = parseLetters(bytes), used == bytes.count else { return nil }
        return column
    }

    /// Parses A1 bytes; overflow is checked while accumulating so `A99999999999999999999` cannot wrap.
    /// Indexed byte loops rather than `dropFirst` slices: every cell of a sheet comes through here.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CellAddress? {
        guard let (column, used) = parseLetters(bytes), used < bytes.count else { return nil }
        var row = 0
        for index in used..<bytes.count {
            let digit = bytes[index] &- 0x30
            guard digit <= 9 else { return nil }
            row = row * 10 + Int(digit)
            guard row <= maxRow else { return nil }
        }
        guard row >= 1 else { return nil }
        return CellAddress(row: row, column: column)
    }

    /// Leading letters as a column number and how many bytes they used.
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

/// A rectangular range such as a merged area `A1:B2` (a single cell when `first == last`).
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    /// Top-left cell.
    public let first: CellAddress
    /// Bottom-right cell.
    public let last: CellAddress

    /// Creates a range from its corners.
    public init(first: CellAddress, last: CellAddress) {
        self.first = first
        self.last = last
    }

    /// Parses `A1:B2` or a single `A1`; nil when either end is malformed or outside the grid.
    public init?(a1 text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let first = CellAddress(a1: parts[0]),
              let last = CellAddress(a1: parts[parts.count - 1]) else { return nil }
        self.first = CellAddress(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellAddress(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// The number of cells covered.
    public var cellCount: Int { (last.row - first.row + 1) * (last.column - first.column + 1) }

    /// `A1:B2`, or `A1` for a single cell.
    public var a1: String { first == last ? first.a1 : "\(first.a1):\(last.a1)" }

    public var description: String { a1 }

    /// Whether the range covers `address`.
    public func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }
}
