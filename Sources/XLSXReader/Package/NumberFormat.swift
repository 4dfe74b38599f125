/// How a number format makes Excel show a number: which matters to the reader only as plain number,
/// calendar date/time, or elapsed duration.
public enum NumberFormatClass: String, Sendable, Codable {
    case number, date, duration
}

/// Classification of number formats (xlsx-format.md §6 and §8).
enum NumberFormats {
    /// Built-in ids: 14–22 and 45–47 (46 = elapsed time) everywhere; 27–36 and 50–58 are the CJK locale
    /// date/time formats (Japanese 和暦 among them) and are always temporal; the Thai ids 71–81 map to
    /// 14–17, 20–22 and 45–47 as LibreOffice's table does.
    static func builtInClass(_ id: Int) -> NumberFormatClass {
        switch id {
        case 46, 80: .duration
        case 14...22, 27...36, 45...47, 50...58, 71...79, 81: .date
        default: .number
        }
    }

    /// Classifies a custom format code by walking its first section with a small state machine: quoted
    /// text, `\x`, `_x`, `*x`, `General` and `[...]` (locale, colour, condition) are skipped; `[h]`/`[m]`/`[s]`
    /// mean elapsed time; y, m, d, h, s, era g/e, aaa and AM/PM mean a date or time; `E+`/`E-` after a digit
    /// placeholder is scientific notation.
    static func classify(code: String) -> NumberFormatClass {
        let chars = Array(code.lowercased().unicodeScalars)
        var elapsed = false
        var temporal = false
        var afterDigitPlaceholder = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case ";":
                i = chars.count
                continue
            case "\"":
                i += 1
                while i < chars.count, chars[i] != "\"" { i += 1 }
            case "\\", "_", "*":
                i += 1
            case "[":
                var j = i + 1
                while j < chars.count, chars[j] != "]" { j += 1 }
                let inside = chars[min(i + 1, j)..<j]
                if !inside.isEmpty, inside.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { elapsed = true }
                i = j
            case "g" where hasWord("general", in: chars, at: i):
                i += 6
            case "e" where afterDigitPlaceholder && i + 1 < chars.count && (chars[i + 1] == "+" || chars[i + 1] == "-"):
                i += 1
            case "a" where hasWord("am/pm", in: chars, at: i) || hasWord("a/p", in: chars, at: i):
                temporal = true
                i += 2
            case "a" where hasWord("aaa", in: chars, at: i):
                temporal = true
                i += 2
            case "y", "m", "d", "h", "s", "g", "e", "上", "下":
                temporal = true
            default:
                break
            }
            afterDigitPlaceholder = c == "0" || c == "#" || c == "?" || (afterDigitPlaceholder && c == ".")
            i += 1
        }
        if elapsed { return .duration }
        return temporal ? .date : .number
    }

    private static func hasWord(_ word: String, in chars: [Unicode.Scalar], at start: Int) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard start + scalars.count <= chars.count else { return false }
        return Array(chars[start..<(start + scalars.count)]) == scalars
    }
}
