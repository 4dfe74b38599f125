/// A zero-based cell position on a sheet (row 0, column 0 is `A1`).
public struct CellAddress: Codable, Sendable, Hashable, Comparable {
    /// Zero-based row index (row 0 is spreadsheet row 1).
    public var row: Int
    /// Zero-based column index (column 0 is `A`).
    public var column: Int

    /// Creates an address from zero-based row and column indices.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// The address `rows` below and `columns` to the right of this one.
    public func offset(rows: Int = 0, columns: Int = 0) -> CellAddress {
        CellAddress(row: row + rows, column: column + columns)
    }

    /// The spreadsheet letters of the column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public var columnLetters: String {
        // Bijective base 26: there is no zero digit, so each step subtracts one before dividing.
        // Bytes, not Characters: every per-row formula of a large sheet spells a few of these.
        var remaining = column + 1
        var letters: [UInt8] = []
        while remaining > 0 {
            letters.append(UInt8(65 + (remaining - 1) % 26))
            remaining = (remaining - 1) / 26
        }
        letters.reverse()
        return String(decoding: letters, as: UTF8.self)
    }

    /// The A1-style reference, with `$` anchors when `absolute` is true (`$C$2`).
    public func a1(absolute: Bool = false) -> String {
        let anchor = absolute ? "$" : ""
        return "\(anchor)\(columnLetters)\(anchor)\(row + 1)"
    }

    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
