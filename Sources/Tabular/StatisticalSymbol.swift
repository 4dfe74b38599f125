/// A cell of a Japanese statistical table that holds a symbol in place of a number, as official statistics
/// print them: `-` for no such case, `…` for unknown, `x` for a figure withheld to protect respondents, and
/// `*` explained in the table's notes. City halls copy these into their own tables; the 2020 総務省 rules
/// (統計表における機械判読可能なデータの表記方法の統一ルール) are about reading such cells by machine.
///
/// The default treatment of `.none` is a missing value, not 0: a dash in Japanese official statistics means
/// "no such case, or not applicable", and averaging it as 0 would change the mean of the cells that do hold
/// numbers. Counting it as 0 is an option chosen elsewhere, by whoever knows the table means a true zero.
///
/// Write `StatisticalSymbol.none` in full where an optional is expected: a bare `.none` there is `nil`.
public enum StatisticalSymbol: String, Sendable, Codable, CaseIterable {
    /// 該当数字なし: a dash.
    case none
    /// 不詳: an ellipsis.
    case unknown
    /// 秘匿: an x, withheld because the figure could identify a respondent.
    case suppressed
    /// An asterisk, whose meaning the table's notes give.
    case asterisk

    /// The symbol `text` is, ignoring surrounding ASCII and ideographic (U+3000) spaces; nil for any other text.
    ///
    /// Only whole cells count: `-5` is a number and `x軸` a label. The katakana prolonged sound mark `ー`
    /// looks like a dash but is a letter, so it is not one.
    public init?(_ text: String) {
        // Asked of every text cell: the longest symbol with room for spaces around it is a few bytes, so
        // ordinary texts are settled by their length alone.
        guard text.utf8.count <= 16 else { return nil }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }),
              let last = scalars.lastIndex(where: { !Self.isSpace($0) }) else { return nil }
        let symbol = scalars[first...last]
        // `...` and `・・・` are the longest; anything longer is settled without building a string.
        guard symbol.dropFirst(3).isEmpty, let head = symbol.first, StatisticalSymbol.canBegin(head) else { return nil }
        switch String(symbol) {
        // Hyphen-minus, full-width hyphen-minus, horizontal bar, em dash, en dash, hyphen.
        case "-", "\u{FF0D}", "\u{2015}", "\u{2014}", "\u{2013}", "\u{2010}": self = .none
        // Ellipsis, three full stops, two-dot leader, three katakana middle dots.
        case "\u{2026}", "...", "\u{2025}", "・・・": self = .unknown
        // Latin x and X, Greek chi, full-width x and X.
        case "x", "X", "\u{03C7}", "\u{FF58}", "\u{FF38}": self = .suppressed
        case "*", "\u{FF0A}": self = .asterisk
        default: return nil
        }
    }

    /// The first characters of the symbols below: a switch settles ordinary texts without building a string.
    private static func canBegin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{FF0D}", "\u{2015}", "\u{2014}", "\u{2013}", "\u{2010}", "\u{2026}", ".", "\u{2025}", "・",
             "x", "X", "\u{03C7}", "\u{FF58}", "\u{FF38}", "*", "\u{FF0A}":
            return true
        default:
            return false
        }
    }

    /// What the symbol stands for, for a person reading a report.
    public func meaning(japanese: Bool) -> String {
        switch self {
        case .none: japanese ? "該当数字なし" : "none (no such case)"
        case .unknown: japanese ? "不詳" : "unknown"
        case .suppressed: japanese ? "秘匿" : "suppressed (confidential)"
        case .asterisk: japanese ? "記号 *（表の注を参照）" : "* (see the table's notes)"
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}"
    }
}
