import Spreadsheet

/// Which texts count as dates when a CSV field is typed into a table.
public enum DateField {
    /// The date written in `text`, or nil when it is not one of the accepted forms or not a real day.
    ///
    /// Accepted forms (ASCII digits, no surrounding spaces, month and day with one or two digits):
    /// - `2024/4/1`, `2024-04-01` (four-digit year, the same separator twice)
    /// - `2024年4月1日`
    /// - `令和6年4月1日`, `令和元年5月1日` (era name, year or 元 for the first year)
    /// - `R6.4.1`, `H31/4/30`, `s64-1-7` (era initial in either case, then `.`, `/` or `-` twice)
    /// Era dates outside their era (`H31.5.1`, `S64.1.8`) are rejected.
    public static func date(from text: String) -> CivilDate? {
        date(from: text[...])
    }

    /// `date(from:)` for a slice of a larger text.
    public static func date(from text: Substring) -> CivilDate? {
        var contiguous = text
        // Scanning bytes rather than Characters keeps typing a million fields cheap.
        return contiguous.withUTF8 { bytes in
            var scanner = DateScanner(bytes[...])
            if let date = scanner.western() { return date }
            scanner = DateScanner(bytes[...])
            if let date = scanner.eraWithName() { return date }
            scanner = DateScanner(bytes[...])
            return scanner.eraWithInitial()
        }
    }
}

/// A cursor over the UTF-8 bytes of one candidate; each form is one method that consumes all or fails.
private struct DateScanner {
    private var rest: Slice<UnsafeBufferPointer<UInt8>>

    private static let year = Array("年".utf8), month = Array("月".utf8), day = Array("日".utf8)
    private static let firstYear = Array("元".utf8)
    private static let eraNames = JapaneseEra.allCases.map { (era: $0, name: Array($0.name.utf8)) }

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) { rest = bytes }

    mutating func western() -> CivilDate? {
        guard let year = number(digits: 4...4) else { return nil }
        if take(Self.year) {
            guard let (month, day) = monthAndDayInKanji() else { return nil }
            return CivilDate(year: year, month: month, day: day)
        }
        guard let separator = takeOne(of: [UInt8(ascii: "/"), UInt8(ascii: "-")]),
              let (month, day) = monthAndDay(separatedBy: separator) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    mutating func eraWithName() -> CivilDate? {
        guard let (era, name) = Self.eraNames.first(where: { rest.starts(with: $0.name) }) else { return nil }
        rest = rest.dropFirst(name.count)
        guard let eraYear = take(Self.firstYear) ? 1 : number(digits: 1...2), take(Self.year),
              let (month, day) = monthAndDayInKanji() else { return nil }
        return era.date(year: eraYear, month: month, day: day)
    }

    mutating func eraWithInitial() -> CivilDate? {
        guard let first = rest.first,
              let era = JapaneseEra.allCases.first(where: { $0.initial.asciiValue == first & 0xDF }) else { return nil }
        rest = rest.dropFirst()
        guard let eraYear = number(digits: 1...2),
              let separator = takeOne(of: [UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-")]),
              let (month, day) = monthAndDay(separatedBy: separator) else { return nil }
        return era.date(year: eraYear, month: month, day: day)
    }

    /// `M<separator>D` up to the end of the text.
    private mutating func monthAndDay(separatedBy separator: UInt8) -> (Int, Int)? {
        guard let month = number(digits: 1...2), take([separator]), let day = number(digits: 1...2),
              rest.isEmpty else { return nil }
        return (month, day)
    }

    /// `M月D日` up to the end of the text.
    private mutating func monthAndDayInKanji() -> (Int, Int)? {
        guard let month = number(digits: 1...2), take(Self.month), let day = number(digits: 1...2),
              take(Self.day), rest.isEmpty else { return nil }
        return (month, day)
    }

    private mutating func number(digits allowed: ClosedRange<Int>) -> Int? {
        let digits = rest.prefix { (0x30...0x39).contains($0) }
        guard allowed.contains(digits.count) else { return nil }
        rest = rest.dropFirst(digits.count)
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private mutating func take(_ bytes: [UInt8]) -> Bool {
        guard rest.starts(with: bytes) else { return false }
        rest = rest.dropFirst(bytes.count)
        return true
    }

    private mutating func takeOne(of choices: [UInt8]) -> UInt8? {
        guard let first = rest.first, choices.contains(first) else { return nil }
        rest = rest.dropFirst()
        return first
    }
}
