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

    /// Creates a formula; a leading `=` is accepted and dropped.
    public init(_ text: String, array: Bool = false) {
        self.text = text.hasPrefix("=") ? String(text.dropFirst()) : text
        self.isArray = array
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// A call of `function` with the given arguments: `call("AVERAGE", range.reference())` → `AVERAGE('データ'!$C$2:$C$9)`.
    public static func call(_ function: String, _ arguments: String...) -> Formula {
        Formula("\(function)(\(arguments.joined(separator: ",")))")
    }

    public var description: String { isArray ? "{=" + text + "}" : "=" + text }
}
