/// Which texts count as dates when a CSV field is typed into a table.
public enum DateText {
    /// The date written in `text`, or nil when it is not one of the accepted forms or not a real day.
    ///
    /// Accepted forms (ASCII digits, no surrounding spaces, month and day with one or two digits):
    /// - `2024/4/1`, `2024-04-01` (four-digit year, the same separator twice)
    /// - `2024年4月1日`
    /// - `令和6年4月1日`, `令和元年5月1日` (era name, year or 元 for the first year)
    /// - `R6.4.1`, `H31/4/30`, `s64-1-7` (era initial in either case, then `.`, `/` or `-` twice)
    /// Era dates outside their era (`H31.5.1`, `S64.1.8`) are rejected.
    public static func date(from text: some StringProtocol) -> CalendarDate? {
        var scanner = Scanner(Substring(text))
        if let date = scanner.western() { return date }
        scanner = Scanner(Substring(text))
        if let date = scanner.eraWithName() { return date }
        scanner = Scanner(Substring(text))
        return scanner.eraWithInitial()
    }

    /// A cursor over the characters of one candidate; each form is one method that consumes it all or fails.
    private struct Scanner {
        var rest: Substring

        init(_ text: Substring) { rest = text }

        mutating func western() -> CalendarDate? {
            guard let year = number(digits: 4...4) else { return nil }
            if take("年") {
                guard let month = number(digits: 1...2), take("月"), let day = number(digits: 1...2), take("日"),
                      rest.isEmpty else { return nil }
                return CalendarDate(year: year, month: month, day: day)
            }
            guard let separator = takeOne(of: ["/", "-"]) else { return nil }
            return monthAndDay(separatedBy: separator).flatMap { CalendarDate(year: year, month: $0, day: $1) }
        }

        mutating func eraWithName() -> CalendarDate? {
            guard let era = JapaneseEra.allCases.first(where: { rest.hasPrefix($0.name) }) else { return nil }
            rest = rest.dropFirst(era.name.count)
            guard let eraYear = take("元") ? 1 : number(digits: 1...2), take("年"),
                  let month = number(digits: 1...2), take("月"), let day = number(digits: 1...2), take("日"),
                  rest.isEmpty else { return nil }
            return era.date(year: eraYear, month: month, day: day)
        }

        mutating func eraWithInitial() -> CalendarDate? {
            guard let first = rest.first,
                  let era = JapaneseEra.allCases.first(where: { $0.initial == Character(first.uppercased()) })
            else { return nil }
            rest = rest.dropFirst()
            guard let eraYear = number(digits: 1...2), let separator = takeOne(of: [".", "/", "-"]),
                  let (month, day) = monthAndDay(separatedBy: separator) else { return nil }
            return era.date(year: eraYear, month: month, day: day)
        }

        /// `M<separator>D` up to the end of the text.
        private mutating func monthAndDay(separatedBy separator: Character) -> (Int, Int)? {
            guard let month = number(digits: 1...2), take(separator), let day = number(digits: 1...2),
                  rest.isEmpty else { return nil }
            return (month, day)
        }

        private mutating func number(digits allowed: ClosedRange<Int>) -> Int? {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard allowed.contains(digits.count), let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return value
        }

        private mutating func take(_ character: Character) -> Bool {
            guard rest.first == character else { return false }
            rest = rest.dropFirst()
            return true
        }

        private mutating func takeOne(of characters: [Character]) -> Character? {
            guard let first = rest.first, characters.contains(first) else { return nil }
            rest = rest.dropFirst()
            return first
        }
    }
}
