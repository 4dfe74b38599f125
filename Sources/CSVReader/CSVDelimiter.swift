/// The field separator of a delimited text file.
public enum CSVDelimiter: String, Sendable, Hashable, CaseIterable {
    case comma = ","
    case tab = "\t"
    case semicolon = ";"

    /// The separator's byte (all three are ASCII).
    public var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .tab: UInt8(ascii: "\t")
        case .semicolon: UInt8(ascii: ";")
        }
    }

    /// The separator's name, as `init(name:)` accepts it: `comma`, `tab`, `semicolon`.
    public var name: String {
        switch self {
        case .comma: "comma"
        case .tab: "tab"
        case .semicolon: "semicolon"
        }
    }

    /// Accepts `,` `comma`, `\t` `tab` (and a literal tab), `;` `semicolon`.
    public init?(name: String) {
        switch name.lowercased() {
        case ",", "comma": self = .comma
        case "\t", "\\t", "tab": self = .tab
        case ";", "semicolon": self = .semicolon
        default: return nil
        }
    }
}
