/// A worksheet formula in language-neutral form: English function names, `,` as the argument separator,
/// no leading `=`, and Excel 2010+ functions written plainly (`STDEV.S`); the writer adds the `_xlfn.`
/// prefix the file format needs.
public struct Formula: Codable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The formula text without the leading `=`.
    public let text: String

    /// Creates a formula; a leading `=` is accepted and dropped.
    public init(_ text: String) {
        self.text = text.hasPrefix("=") ? String(text.dropFirst()) : text
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// A call of `function` with the given arguments: `call("AVERAGE", range.reference())` → `AVERAGE('データ'!$C$2:$C$9)`.
    public static func call(_ function: String, _ arguments: String...) -> Formula {
        Formula("\(function)(\(arguments.joined(separator: ",")))")
    }

    public var description: String { "=" + text }
}
