import Spreadsheet

/// A day of the proleptic Gregorian calendar, without time or time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year (1...9999).
    public let year: Int
    /// Month (1...12).
    public let month: Int
    /// Day of the month (1...28/29/30/31).
    public let day: Int

    /// Nil unless the components name a real day between 0001-01-01 and 9999-12-31.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilCalendar.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// For dates spelled out in the source, known to be valid; skips the checks.
    init(constantYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `yyyy-mm-dd`.
    public var iso8601: String { CivilCalendar.isoText(year: year, month: month, day: day) }

    public var description: String { iso8601 }

    /// The serial number Excel's 1900 date system gives this day (2024-01-01 is 45292), counting the
    /// non-existent 1900-02-29 as Excel does; nil before 1900-01-01, which Excel cannot hold.
    public var excelSerial: Int? {
        guard year >= 1900 else { return nil }
        let serial = daysSinceEpoch - CalendarDate.daysSinceEpoch(year: 1899, month: 12, day: 31)
        return serial >= 60 ? serial + 1 : serial
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private var daysSinceEpoch: Int { CivilCalendar.daysSince1970(year: year, month: month, day: day) }

    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        CivilCalendar.daysSince1970(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int { CivilCalendar.daysIn(month: month, year: year) }
}
