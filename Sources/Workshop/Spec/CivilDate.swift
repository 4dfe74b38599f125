import Spreadsheet

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD` in specs.
///
/// Date arithmetic is done on day numbers (`CivilCalendar`, the one civil-date routine) rather than Foundation's
/// Calendar, so the generated data cannot depend on the machine's time zone or locale.
public struct CivilDate: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2025.
    public let year: Int
    /// Month 1–12.
    public let month: Int
    /// Day of month 1–31.
    public let day: Int

    /// Creates a date; `nil` unless it exists in the calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilCalendar.daysIn(month: month, year: year) else { return nil }
        self.init(validYear: year, month: month, day: day)
    }

    private init(validYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int { CivilCalendar.daysSince1970(year: year, month: month, day: day) }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        (year, month, day) = CivilCalendar.date(fromDaysSince1970: dayNumber)
    }

    /// The Excel (1900 date system) serial number; valid from 1900-03-01 on.
    public var excelSerial: Int { dayNumber + 25_569 }

    /// `YYYY-MM-DD`.
    public var description: String { CivilCalendar.isoText(year: year, month: month, day: day) }

    /// The same day of month `count` months later, clipped to the last day of a shorter month.
    public func addingMonths(_ count: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, CivilCalendar.daysIn(month: newMonth, year: newYear))
        return CivilDate(validYear: newYear, month: newMonth, day: newDay)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

}
