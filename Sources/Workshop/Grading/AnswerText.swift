import Tabular

/// What a participant typed into an answer cell, interpreted leniently.
public enum ParsedAnswer: Sendable, Hashable {
    /// Nothing entered.
    case blank
    /// A number (from a numeric cell or from text such as `１２．５時間`).
    case number(Double)
    /// はい/いいえ (or an equivalent spelling).
    case decision(Bool)
    /// Text that is neither a number nor a decision; kept for the feedback.
    case unreadable(String)
}

/// Lenient reading of answers typed by hand: numbers as text, full-width characters, a trailing
/// unit, thousands separators, Japanese accounting negatives (▲/△), and several ways to say yes/no.
/// Number spellings are those the rest of Bunseki accepts (`Tabular.NumberLikeText`), plus the
/// exponent notation and signs that only answers use.
public enum AnswerText {
    private static let yes: Set<String> = ["はい", "ハイ", "yes", "y", "true", "有意", "有意である", "○", "〇"]
    private static let no: Set<String> = ["いいえ", "イイエ", "no", "n", "false", "有意でない", "有意ではない", "×", "✕"]

    /// Interprets a text cell.
    public static func parse(_ raw: String) -> ParsedAnswer {
        let text = normalized(raw)
        if text.isEmpty { return .blank }
        if yes.contains(text.lowercased()) { return .decision(true) }
        if no.contains(text.lowercased()) { return .decision(false) }
        return number(in: text).map(ParsedAnswer.number) ?? .unreadable(raw)
    }

    /// Full-width ASCII forms (U+FF01…U+FF5E) folded to ASCII, the minus sign and ideographic space
    /// unified, and surrounding/internal spaces removed.
    static func normalized(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x2212, 0x2012, 0x2013: scalars.append("-")
            case 0x20, 0x3000, 0x09, 0xA0: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The number `text` (already normalized) stands for: plain or exponent notation as Excel shows
    /// small p-values (`1.2E-05`), else any spelling `Tabular`'s `NumberLikeText` accepts (thousands
    /// separators, a trailing unit such as `時間`, `▲`/`△` for minus as in Japanese accounting, a trailing
    /// `%`); a leading `約`/`≒`/`=` is ignored.
    private static func number(in text: String) -> Double? {
        var body = Substring(text)
        for prefix in ["約", "≒", "="] where body.hasPrefix(prefix) { body = body.dropFirst(prefix.count) }
        if let plain = Double(body), plain.isFinite { return plain }
        return NumberLikeText(String(body))?.value
    }
}
