import XLSXReader

/// How dates are written into CSV/TSV: ISO 8601 by default, or a small pattern language.
///
/// Fields: `yyyy` year, `yy` two-digit year, `MM`/`M` month, `dd`/`d` day, `HH`/`H` hour (0–23),
/// `mm` minute, `ss` second, `SSS` millisecond. Text in single quotes is copied as is (`''` is a quote);
/// any other non-letter is copied too. Other letters are refused, so that `YYYY-mm-DD` typos fail loudly
/// instead of writing wrong dates.
public struct DateFormat: Sendable, Hashable {
    enum Token: Sendable, Hashable {
        case literal(String)
        case field(Character, width: Int)
    }

    let tokens: [Token]?

    /// ISO 8601: `2024-04-01` at midnight, else `2024-04-01T09:30:00` (with `.mmm` only when non-zero).
    public static let iso8601 = DateFormat(tokens: nil)

    private init(tokens: [Token]?) { self.tokens = tokens }

    /// Parses a pattern such as `yyyy/MM/dd HH:mm`.
    /// - Throws: `ExportError.invalidDateFormat` naming the first letter run that is not a field.
    public init(pattern: String) throws(ExportError) {
        var tokens: [Token] = []
        var characters = Array(pattern)[...]
        while let first = characters.first {
            if first == "'" {
                characters = characters.dropFirst()
                var literal = ""
                while let next = characters.first {
                    characters = characters.dropFirst()
                    if next != "'" { literal.append(next); continue }
                    guard characters.first == "'" else { break }
                    literal.append("'")
                    characters = characters.dropFirst()
                }
                tokens.append(.literal(literal.isEmpty ? "'" : literal))
                continue
            }
            let run = characters.prefix { $0 == first }
            characters = characters.dropFirst(run.count)
            guard first.isLetter else { tokens.append(.literal(String(run))); continue }
            guard DateFormat.allowedWidths[first]?.contains(run.count) == true else {
                throw .invalidDateFormat(pattern: pattern, offending: String(run))
            }
            tokens.append(.field(first, width: run.count))
        }
        self.tokens = tokens
    }

    private static let allowedWidths: [Character: Set<Int>] = [
        "y": [2, 4], "M": [1, 2], "d": [1, 2], "H": [1, 2], "m": [2], "s": [2], "S": [3],
    ]

    /// The text of `moment` in this format.
    public func text(of moment: CalendarDateTime) -> String {
        guard let tokens else { return moment.isoText }
        var text = ""
        for token in tokens {
            switch token {
            case .literal(let literal): text += literal
            case .field(let field, let width): text += DateFormat.padded(value(of: field, in: moment, width: width), to: width)
            }
        }
        return text
    }

    private func value(of field: Character, in moment: CalendarDateTime, width: Int) -> Int {
        switch field {
        case "y": width == 2 ? moment.year % 100 : moment.year
        case "M": moment.month
        case "d": moment.day
        case "H": moment.hour
        case "m": moment.minute
        case "s": moment.second
        default: moment.millisecond
        }
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
