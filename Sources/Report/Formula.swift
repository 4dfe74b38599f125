/// A worksheet formula in language-neutral form: English function names, `,` as the argument separator,
/// no leading `=`, and Excel 2010+ functions written plainly (`STDEV.S`); the writer adds the `_xlfn.`
/// prefix the file format needs.
public struct Formula: Codable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The formula text without the leading `=`.
    public let text: String
    /// Entered as an array formula (Ctrl+Shift+Enter, shown `{=…}`): Excel 2016 has no dynamic arrays, so a
    /// function given a whole range where it expects one number (`RANK.AVG(range,range)`) needs this to see
    /// every value.
    public let isArray: Bool
    /// Rows and columns an array formula fills from its cell (1 × 1 unless it returns a block, as `LINEST` does);
    /// the layout places the block's other cells as plain values holding our cached figures.
    public let arrayRows: Int
    public let arrayColumns: Int

    /// Creates a formula; a leading `=` is accepted and dropped.
    public init(_ text: String, array: Bool = false) {
        self.init(text, array: array, rows: 1, columns: 1)
    }

    /// An array formula filling `rows` × `columns` cells from its own cell down and right (`{=LINEST(…)}` over a block).
    public static func arrayBlock(_ text: String, rows: Int, columns: Int) -> Formula {
        Formula(text, array: true, rows: max(1, rows), columns: max(1, columns))
    }

    private init(_ text: String, array: Bool, rows: Int, columns: Int) {
        self.text = text.hasPrefix("=") ? String(text.dropFirst()) : text
        self.isArray = array
        self.arrayRows = rows
        self.arrayColumns = columns
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// A call of `function` with the given arguments: `call("AVERAGE", range.reference())` → `AVERAGE('データ'!$C$2:$C$9)`.
    public static func call(_ function: String, _ arguments: String...) -> Formula {
        Formula("\(function)(\(arguments.joined(separator: ",")))")
    }

    public var description: String { isArray ? "{=" + text + "}" : "=" + text }
}
