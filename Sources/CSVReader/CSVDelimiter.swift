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
