/// A day of the proleptic Gregorian calendar, without time or time zone: a date typed in a CSV file, the start of an
/// exercise's dates, a generated date. Written `YYYY-MM-DD` (also as its Codable form, in exercise specs).
///
/// Date arithmetic is done on day numbers (`CivilCalendar`, the one civil-date routine) rather than Foundation's
/// Calendar, so neither a reader nor the generated data can depend on the machine's time zone or locale.
public struct CivilDate: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year (1...9999 when made from components or text).
    public let year: Int
    /// Month 1–12.
    public let month: Int
    /// Day of month 1–31.
    public let day: Int

    /// Nil unless the components name a real day between 0001-01-01 and 9999-12-31.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilCalendar.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(validYear: year, month: month, day: day)
    }

    private init(validYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (exactly four, two and two digits).
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

    /// The serial number Excel's 1900 date system gives this day (2024-01-01 is 45292), counting the
    /// non-existent 1900-02-29 as Excel does; nil before 1900-01-01, which Excel cannot hold.
    public var excelSerial: Int? {
        guard year >= 1900 else { return nil }
        return CivilCalendar.excel1900Days(daysSince1970: dayNumber)
    }

    /// `YYYY-MM-DD`.
    public var iso8601: String { CivilCalendar.isoText(year: year, month: month, day: day) }

    public var description: String { iso8601 }

    /// The same day of month `count` months later, clipped to the last day of a shorter month.
    public func addingMonths(_ count: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, CivilCalendar.daysIn(month: newMonth, year: newYear))
        return CivilDate(validYear: newYear, month: newMonth, day: newDay)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

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
