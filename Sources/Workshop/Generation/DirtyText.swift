import Analysis

/// The messy renderings of a value, as typed by hand in real spreadsheets.
enum DirtyText {
    static func render(_ value: DataValue, style: DirtyStyle, unit: String,
                       using generator: inout Xoshiro256StarStar) -> String {
        let text: String
        switch value {
        case .number(let number): text = NumberSpelling.plain(number)
        case .label(let label): text = label
        case .date(let date): text = date.description
        }
        switch style {
        case .fullWidth: return fullWidth(text)
        case .unit: return text + unit
        case .spaces:
            // Leading, trailing, or an ideographic (full-width) space: all three occur in practice.
            let paddings = [(" ", ""), ("", " "), ("\u{3000}", ""), (" ", " ")]
            let (before, after) = paddings[generator.nextInteger(in: 0...(paddings.count - 1))]
            return before + text + after
        }
    }

    /// ASCII digits, point and minus mapped to their full-width forms (U+FF10…, U+FF0E, U+FF0D).
    static func fullWidth(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "0"..."9": return Character(Unicode.Scalar(scalar.value + 0xFEE0) ?? scalar)
            case ".": return "\u{FF0E}"
            case "-": return "\u{FF0D}"
            default: return Character(scalar)
            }
        })
    }
}
