import Spreadsheet

/// The Japanese eras (元号) since the Gregorian calendar came into use, with the day each began.
public enum JapaneseEra: Sendable, Hashable, CaseIterable {
    case meiji, taisho, showa, heisei, reiwa

    /// The era name as written in dates: 明治, 大正, 昭和, 平成, 令和.
    public var name: String {
        switch self {
        case .meiji: "明治"
        case .taisho: "大正"
        case .showa: "昭和"
        case .heisei: "平成"
        case .reiwa: "令和"
        }
    }

    /// The initial used in short forms such as `R6.4.1` (JIS X 0301): M, T, S, H, R.
    public var initial: Character {
        switch self {
        case .meiji: "M"
        case .taisho: "T"
        case .showa: "S"
        case .heisei: "H"
        case .reiwa: "R"
        }
    }

    /// First day of the era. Meiji began on 1868-10-23 (慶応4年9月8日); Japan used a lunisolar
    /// calendar until 1872, so Gregorian dates in early Meiji are a convention, as in every converter.
    public var start: CivilDate {
        switch self {
        case .meiji: Self.day(1868, 10, 23)
        case .taisho: Self.day(1912, 7, 30)
        case .showa: Self.day(1926, 12, 25)
        case .heisei: Self.day(1989, 1, 8)
        case .reiwa: Self.day(2019, 5, 1)
        }
    }

    /// The Gregorian date of `year` (1 = 元年), `month`, `day` of this era, or nil when that day
    /// does not exist or falls outside the era (H31.4.30 is a date, H31.5.1 is not).
    public func date(year eraYear: Int, month: Int, day: Int) -> CivilDate? {
        guard eraYear >= 1, eraYear <= 9999,
              let date = CivilDate(year: start.year + eraYear - 1, month: month, day: day),
              date >= start else { return nil }
        if let next = Self.allCases.first(where: { $0.start > start }), date >= next.start { return nil }
        return date
    }

    /// An era's first day, spelled out above and known to exist.
    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }
}
