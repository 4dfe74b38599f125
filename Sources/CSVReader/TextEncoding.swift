/// A character encoding a CSV file can arrive in.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    /// Shift_JIS as Windows writes it (CP932, "Windows-31J"): JIS X 0208 plus the NEC and IBM
    /// extensions (①, Ⅱ, ㈱, 髙, 﨑) and the user-defined area.
    case shiftJIS = "shift_jis"

    /// Accepts the names people type on a command line, case-insensitively:
    /// `utf-8`/`utf8`, `utf-16le`, `utf-16be`, `shift_jis`/`sjis`/`cp932`/`windows-31j`.
    public init?(name: String) {
        switch String(name.lowercased().map { $0 == "-" ? "_" : $0 }) {
        case "utf_8", "utf8": self = .utf8
        case "utf_16le", "utf16le": self = .utf16LittleEndian
        case "utf_16be", "utf16be": self = .utf16BigEndian
        case "shift_jis", "shiftjis", "sjis", "cp932", "ms932", "windows_31j": self = .shiftJIS
        default: return nil
        }
    }
}
