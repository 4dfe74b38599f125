/// Which epoch a workbook's date serials count from (`workbookPr@date1904`).
public enum DateSystem: String, Sendable, Codable {
    /// Serial 1 = 1900-01-01, with Lotus 1-2-3's fictitious 1900-02-29 at serial 60.
    case excel1900 = "1900"
    /// Serial 0 = 1904-01-01 (old Mac Excel).
    case excel1904 = "1904"

    /// The largest serial that is still a valid date (9999-12-31 23:59:59.999).
    @usableFromInline
    var maxSerial: Double { self == .excel1900 ? 2_958_466 : 2_957_004 }
}

/// A calendar date and time of day, as Excel would display it (no time zone).
public struct CalendarDateTime: Sendable, Hashable, Codable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    public let millisecond: Int

    /// Creates components; the reader produces them only from valid serials.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second, self.millisecond) = (hour, minute, second, millisecond)
    }

    /// Whether the time of day is exactly midnight.
    public var isMidnight: Bool { hour == 0 && minute == 0 && second == 0 && millisecond == 0 }

    /// `YYYY-MM-DD` at midnight, else `YYYY-MM-DDTHH:MM:SS`, with `.mmm` only when milliseconds are non-zero.
    public var isoText: String {
        let date = CivilCalendar.isoText(year: year, month: month, day: day)
        if isMidnight { return date }
        let time = "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        return millisecond == 0 ? "\(date)T\(time)" : "\(date)T\(time).\(pad(millisecond, 3))"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A numeric cell whose number format makes it a date or time: the serial as stored plus its date system.
public struct ExcelDate: Sendable, Hashable, Codable {
    /// The number stored in the cell (days since the epoch, fraction = time of day).
    public let serial: Double
    /// The workbook's date system.
    public let system: DateSystem

    /// Wraps a serial; use `components` to see whether it is a valid date. Inlinable: the reader wraps every
    /// date-formatted cell's number.
    @inlinable
    public init(serial: Double, system: DateSystem) {
        self.serial = serial
        self.system = system
    }

    /// Whether Excel can show this serial as a date (0 ≤ serial ≤ 9999-12-31); Excel shows `####` otherwise.
    /// Inlinable: the reader asks it of every date-formatted cell's number.
    @inlinable
    public var isValid: Bool { serial.isFinite && serial >= 0 && serial < system.maxSerial }

    /// The calendar date and time of day; nil when the serial is not a valid date.
    ///
    /// Method (xlsx-format.md §7): the fraction becomes milliseconds rounded to nearest, carrying into the
    /// next day. 1900 system: 1…59 count from 1899-12-31, 60 is the fictitious 1900-02-29 kept for Lotus
    /// compatibility, ≥ 61 count from 1899-12-30; serial 0 (Excel's "1900-01-00") is given as 1899-12-31.
    /// 1904 system: 0 = 1904-01-01.
    public var components: CalendarDateTime? {
        guard isValid else { return nil }
        var days = Int(serial.rounded(.down))
        var ms = Int(((serial - Double(days)) * 86_400_000).rounded())
        if ms >= 86_400_000 {
            days += 1
            ms -= 86_400_000
        }
        let (year, month, day): (Int, Int, Int)
        switch system {
        case .excel1904:
            (year, month, day) = CivilCalendar.date(fromDaysSince1970: CivilCalendar.days1904 + days)
        case .excel1900 where days == 60:
            (year, month, day) = (1900, 2, 29)
        case .excel1900 where days < 60:
            (year, month, day) = CivilCalendar.date(fromDaysSince1970: CivilCalendar.days18991231 + days)
        case .excel1900:
            (year, month, day) = CivilCalendar.date(fromDaysSince1970: CivilCalendar.days18991230 + days)
        }
        return CalendarDateTime(year: year, month: month, day: day,
                                hour: ms / 3_600_000, minute: ms / 60_000 % 60, second: ms / 1000 % 60,
                                millisecond: ms % 1000)
    }

    /// The serial of the same date and time in the 1900 date system, which every workbook we write uses, so that a
    /// date read from a 1904-system workbook (old Mac Excel) keeps its calendar date when it is analysed and written
    /// again: the 1904 system's day 0, 1904-01-01, is day 1,462 of the 1900 system (its fictitious 1900-02-29
    /// counted), and no 1904 serial reaches back to the days before that leap day.
    public var serial1900: Double { system == .excel1904 ? serial + 1462 : serial }

    /// ISO text of `components`, or nil for an invalid serial.
    public var isoText: String? { components?.isoText }
}

/// Excel's epochs as days since 1970-01-01 (`CivilCalendar`, the one civil-date routine).
extension CivilCalendar {
    static let days18991230 = -25_569
    static let days18991231 = -25_568
    static let days1904 = -24_107

    /// The whole part of the 1900 date system's serial for a day given as days since 1970-01-01: before
    /// 1900-03-01 Excel counts from 1899-12-31 (the fictitious 1900-02-29 follows), from then on from 1899-12-30.
    static func excel1900Days(daysSince1970 civil: Int) -> Int {
        let fromMarch = civil - days18991230
        return fromMarch < 61 ? civil - days18991231 : fromMarch
    }
}
