import Spreadsheet

/// A date with an optional time of day, as spreadsheets write date-time cells to CSV (`2024/4/1 9:30`).
public struct LocalDateTime: Sendable, Hashable {
    /// The day.
    public let date: CivilDate
    /// Seconds since midnight (0..<86400); 0 when the text had no time.
    public let secondsIntoDay: Int

    /// Excel's 1900-system serial: the day's serial plus the fraction of the day; nil before 1900.
    public var excelSerial: Double? {
        date.excelSerial.map { Double($0) + Double(secondsIntoDay) / 86_400 }
    }
}

extension DateField {
    /// A date in any form `date(from:)` accepts, optionally followed by one space and a time of day
    /// `H:MM` or `H:MM:SS` (24-hour clock, ASCII digits): `2024/4/1 9:30`, `R6.4.1 17:05:10`.
    public static func dateTime(from text: Substring) -> LocalDateTime? {
        guard let space = text.utf8.firstIndex(of: UInt8(ascii: " ")) else {
            return date(from: text).map { LocalDateTime(date: $0, secondsIntoDay: 0) }
        }
        guard let day = date(from: text[..<space]),
              let seconds = secondsIntoDay(text[text.index(after: space)...]) else { return nil }
        return LocalDateTime(date: day, secondsIntoDay: seconds)
    }

    /// `dateTime(from:)` for a whole string.
    public static func dateTime(from text: String) -> LocalDateTime? {
        dateTime(from: text[...])
    }

    private static func secondsIntoDay(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
              parts.enumerated().allSatisfy({ index, part in
                  (index == 0 ? 1...2 : 2...2).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
              }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) ?? 60 : 0
        guard hour < 24, minute < 60, second < 60 else { return nil }
        return hour * 3600 + minute * 60 + second
    }
}
