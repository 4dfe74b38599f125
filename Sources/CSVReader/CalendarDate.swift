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
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
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
    public var iso8601: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

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

    private var daysSinceEpoch: Int { CalendarDate.daysSinceEpoch(year: year, month: month, day: day) }

    /// Days since 1970-01-01: Howard Hinnant's `days_from_civil`
    /// (https://howardhinnant.github.io/date_algorithms.html), exact for the whole proleptic calendar.
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}
