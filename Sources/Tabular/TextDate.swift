import Foundation
import CSVReader

/// Dates typed into text cells: what a CSV field may hold (`DateField`), and also the spellings a person
/// types into a workbook with a Japanese input method switched on — full-width digits and punctuation
/// (`令和６年４月９日`, `２０２４／４／９`), spaces around the date, and the day of the week after it in
/// parentheses (`令和6年4月3日(水)`, `2024/4/3（Wed）`).
public enum TextDate {
    /// The date `text` spells, or nil. The day of the week is dropped, not checked against the date: a wrong
    /// weekday is a typing slip in the weekday, and the date is the part the column is about.
    public static func date(from text: String) -> CivilDate? {
        // Most text cells hold no digit; answering them costs one pass over the bytes.
        guard NumberLikeText.holdsDigit(text), let first = text.unicodeScalars.first(where: { $0 != " " && $0 != "\u{3000}" }),
              TextDate.canBegin(first) else { return nil }
        if let date = DateField.date(from: text) { return date }
        let plain = plainSpelling(text)
        return plain == text ? nil : DateField.date(from: plain)
    }

    /// `text` with full-width ASCII forms (U+FF01–FF5E: digits, `／`, `．`, `－`, letters, parentheses) folded
    /// to ASCII, surrounding spaces trimmed and a trailing weekday in parentheses removed.
    static func plainSpelling(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(ascii)
            } else {
                scalars.append(scalar)
            }
        }
        var plain = String(scalars).trimmingCharacters(in: .whitespaces)
        if plain.last == ")", let open = plain.lastIndex(of: "("),
           isWeekday(plain[plain.index(after: open)..<plain.index(before: plain.endIndex)]) {
            plain = String(plain[..<open]).trimmingCharacters(in: .whitespaces)
        }
        return plain
    }

    /// Whether a date can begin with `scalar`: a digit, an era's name (令和, 平成, 昭和, 大正, 明治) or initial
    /// (R, H, S, T, M), ASCII or full-width. Settles most texts that hold a digit (`職員123`) at once.
    private static func canBegin(_ scalar: Unicode.Scalar) -> Bool {
        let folded = (0xFF01...0xFF5E).contains(scalar.value) ? scalar.value - 0xFEE0 : scalar.value
        switch folded {
        case 0x30...0x39: return true
        case 0x52, 0x48, 0x53, 0x54, 0x4D, 0x72, 0x68, 0x73, 0x74, 0x6D: return true
        case 0x4EE4, 0x5E73, 0x662D, 0x5927, 0x660E: return true
        default: return false
        }
    }

    /// `水`, `水曜`, `水曜日`, `Wed`, `Wednesday` (any case), with spaces around allowed.
    private static func isWeekday(_ text: Substring) -> Bool {
        let name = text.trimmingCharacters(in: .whitespaces)
        if let first = name.first, kanjiWeekdays.contains(first), ["", "曜", "曜日"].contains(name.dropFirst()) {
            return true
        }
        let lowercased = name.lowercased()
        return englishWeekdays.contains { lowercased == $0 || lowercased == $0.prefix(3) }
    }

    private static let kanjiWeekdays: Set<Character> = ["日", "月", "火", "水", "木", "金", "土"]
    private static let englishWeekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
}
