/// What a row's label says about the row, as a person reading the sheet would take it: a total or summary
/// row (`合計`, `小計`, `平均`, `Total`), a note (`※`, `（注）`, `出典：`), or an ordinary label.
///
/// Only whole labels count: `計画あり` and `会計課` merely contain 計 and are data. Alignment spaces
/// (`合　計`, `合 計`) are ignored, as a person ignores them.
public enum RowLabel: Sendable, Hashable {
    case total
    case note

    /// Labels that name a total or summary row when they are the whole label.
    private static let totals: Set<String> = [
        "計", "合計", "小計", "総計", "累計", "平均", "総数", "年計", "年度計", "月計", "中計", "再計",
        "全体", "全体計", "男女計", "市計", "区計", "県計", "全市", "全県", "市全体",
        "total", "subtotal", "grandtotal", "sum", "average", "mean", "all",
    ]
    /// Endings that make a short label a group total: `総務部計`, `北地区計`.
    private static let totalSuffixes = ["部計", "課計", "局計", "係計", "地区計", "区計", "所計", "署計"]
    /// Whether a label beginning `first`, `second` and ending `last` can be a total or a note at all: the
    /// total words above are `計` alone, end in 計, or have one of few second characters (合計（…）, 総数, 平均,
    /// 全体, 年度計, 男女計, 市全体, 全県); a note begins with a mark or 注/出典/資料/備考; English words by their
    /// first letter. A switch on scalars, no hashing: this is asked of every label cell of a table.
    private static func canBe(first: Unicode.Scalar, second: Unicode.Scalar?, last: Unicode.Scalar) -> Bool {
        if last == "計" { return true }
        switch first {
        case "※", "＊", "*", "（", "(", "[", "【", "注": return true
        case "t", "T", "s", "S", "g", "G", "a", "A", "m", "M", "n", "N": return true
        case "出": return second == "典"
        case "資": return second == "料"
        case "備": return second == "考"
        default:
            switch second {
            case "計", "数", "均", "体", "度", "女", "全", "県", "市": return true
            default: return false
            }
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}" || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    /// Beginnings of a note line.
    private static let noteStarts = ["※", "＊", "*)", "注", "（注", "(注", "出典", "資料", "備考：", "備考:", "[注", "【注", "note", "source"]

    /// How `text` reads as a row label; nil for an ordinary label.
    public init?(_ text: String) {
        // Asked of every label cell of a table, so settle the common case on two scalars before any copy or
        // string comparison: a total begins with one of few characters or ends in 計, a note with its mark.
        let scalars = text.unicodeScalars
        guard let first = scalars.first(where: { !RowLabel.isSpace($0) }),
              let last = scalars.last(where: { !RowLabel.isSpace($0) }) else { return nil }
        let second = scalars.lazy.filter { !RowLabel.isSpace($0) }.dropFirst().first
        guard RowLabel.canBe(first: first, second: second, last: last) else { return nil }
        let plain = scalars.contains(where: RowLabel.isSpace) ? RowLabel.plain(text) : text
        if RowLabel.isTotal(plain) {
            self = .total
        } else if RowLabel.isNote(plain) {
            self = .note
        } else {
            return nil
        }
    }

    private static func isTotal(_ plain: String) -> Bool {
        let lower = plain.unicodeScalars.first.map { $0.isASCII } == true ? plain.lowercased() : plain
        if totals.contains(lower) { return true }
        // `合計（4月～3月）`, `小計(1)`, `Total:`: a total word followed by a bracket or colon.
        for word in ["合計", "小計", "総計", "累計", "平均", "計", "total", "subtotal"] where lower.hasPrefix(word) {
            let rest = lower.dropFirst(word.count)
            if let next = rest.first, "（(：:【[".contains(next) { return true }
        }
        return plain.count <= 8 && totalSuffixes.contains { plain.hasSuffix($0) } && plain.count > 2
    }

    private static func isNote(_ plain: String) -> Bool {
        let lower = plain.unicodeScalars.first.map { $0.isASCII } == true ? plain.lowercased() : plain
        guard noteStarts.contains(where: { lower.hasPrefix($0) }) else { return false }
        // `注` alone begins 注意報 or 注文数 too: a note needs a mark or punctuation after 注.
        if lower.hasPrefix("注") {
            guard let next = lower.dropFirst().first else { return true }
            return "）)：:1234567890１２３４５６７８９０.．、　 ".contains(next)
        }
        if lower.hasPrefix("出典") || lower.hasPrefix("資料") {
            guard let next = lower.dropFirst(2).first else { return true }
            return "：:）)　 ".contains(next)
        }
        if lower.hasPrefix("note") || lower.hasPrefix("source") {
            return lower.dropFirst(lower.hasPrefix("note") ? 4 : 6).first.map { ":s) ".contains($0) } ?? true
        }
        return true
    }

    /// The text without spaces of any width (alignment spaces inside labels are common: `合　計`).
    static func plain(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !$0.properties.isWhitespace })
        return String(scalars)
    }
}
