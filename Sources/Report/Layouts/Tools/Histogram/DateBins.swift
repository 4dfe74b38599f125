import Spreadsheet

/// Calendar bins for a date column (cells with a date format; Excel serials in the 1900 system): by month when the
/// dates span at most `monthLimit` months, else by year, every period from the first date's to the last date's, empty
/// ones included, so the chart's axis is a time line. Serial numbers as bins (`34000…46000`) mean nothing to a reader.
public struct DateBins: Sendable, Hashable {
    /// The most months binned by month: three years of monthly bars still read; beyond, years.
    public static let monthLimit = 36

    public enum Unit: Sendable, Hashable { case month, year }

    /// One bin: the calendar month (or year, month 1) it begins with.
    public struct Period: Sendable, Hashable {
        public let year: Int
        public let month: Int

        /// `2024-04` for a month, `2024` for a year: ISO 8601, the same in both languages.
        public func label(_ unit: Unit) -> String {
            let year = String(repeating: "0", count: max(0, 4 - String(self.year).count)) + String(self.year)
            return unit == .year ? year : year + "-" + (month < 10 ? "0" : "") + String(month)
        }

        /// The period after this one.
        func next(_ unit: Unit) -> Period {
            unit == .year ? Period(year: year + 1, month: 1) : month == 12 ? Period(year: year + 1, month: 1) : Period(year: year, month: month + 1)
        }
    }

    public let unit: Unit
    /// The periods in calendar order.
    public let periods: [Period]
    /// Values per period, in the same order.
    public let counts: [Int]

    /// The bins of `serials` (non-finite values and serials before 1900-03-01, where Excel's calendar has its
    /// fictitious 1900-02-29, are left out); nil when none is left.
    public init?(serials: [Double]) {
        let dates = serials.filter { $0.isFinite && $0 >= 61 }.map(Self.period(ofSerial:))
        guard let first = dates.min(by: Self.precedes), let last = dates.max(by: Self.precedes) else { return nil }
        let months = (last.year - first.year) * 12 + last.month - first.month + 1
        unit = months <= Self.monthLimit ? .month : .year
        let start = unit == .year ? Period(year: first.year, month: 1) : first
        var periods = [start]
        while let current = periods.last, Self.precedes(current, unit == .year ? Period(year: last.year, month: 1) : last) {
            periods.append(current.next(unit))
        }
        var index: [Period: Int] = [:]
        for (offset, period) in periods.enumerated() { index[period] = offset }
        var counts = [Int](repeating: 0, count: periods.count)
        for date in dates {
            if let offset = index[unit == .year ? Period(year: date.year, month: 1) : date] { counts[offset] += 1 }
        }
        self.periods = periods
        self.counts = counts
    }

    /// The calendar month of a 1900-system serial (serial 25569 is 1970-01-01).
    static func period(ofSerial serial: Double) -> Period {
        let civil = CivilCalendar.date(fromDaysSince1970: Int(serial.rounded(.down)) - 25_569)
        return Period(year: civil.year, month: civil.month)
    }

    /// The serial of the first day of a period, for the frequency formulas' `DATE(y,m,1)` cached counts.
    static func serial(of period: Period) -> Double {
        Double(CivilCalendar.daysSince1970(year: period.year, month: period.month, day: 1) + 25_569)
    }

    /// `DATE(2024,4,1)`: the first day of a period as a worksheet formula term.
    func dateTerm(_ period: Period) -> String { "DATE(\(period.year),\(period.month),1)" }

    /// The first day of the period after `index`: the exclusive upper bound of bin `index`.
    func end(of index: Int) -> Period { periods[index].next(unit) }

    private static func precedes(_ a: Period, _ b: Period) -> Bool {
        a.year != b.year ? a.year < b.year : a.month < b.month
    }
}
