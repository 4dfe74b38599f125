extension ExcelDate {
    /// Converts the ISO 8601 text of a `t="d"` cell to a serial in `system`: `2021-01-01`,
    /// `2021-01-01T10:10:10(.fff)`, or a time of day `10:10:10`. A zone suffix (`Z`, `+09:00`) is ignored
    /// because Excel serials carry no zone. Nil when the text is not such a date or falls outside Excel's range.
    public init?(iso text: String, system: DateSystem) {
        let parts = text.split(separator: "T", maxSplits: 1).map(String.init)
        var days = 0.0
        var timeText: String?
        if parts.count == 2 || parts[0].contains("-") {
            let fields = parts[0].split(separator: "-").compactMap { Int($0) }
            guard fields.count == 3, (1...12).contains(fields[1]), (1...31).contains(fields[2]) else { return nil }
            let civil = CivilCalendar.daysSince1970(year: fields[0], month: fields[1], day: fields[2])
            switch system {
            case .excel1904:
                days = Double(civil - CivilCalendar.days1904)
            case .excel1900:
                days = Double(CivilCalendar.excel1900Days(daysSince1970: civil))
            }
            timeText = parts.count == 2 ? parts[1] : nil
        } else {
            timeText = parts[0]
        }
        var fraction = 0.0
        if let time = timeText {
            let clock = time.prefix { $0.isNumber || $0 == ":" || $0 == "." }
            let fields = clock.split(separator: ":").compactMap { Double($0) }
            guard fields.count >= 2, fields.count <= 3, fields[0] < 24, fields[1] < 60, fields.count == clock.split(separator: ":").count else {
                return nil
            }
            fraction = (fields[0] * 3600 + fields[1] * 60 + (fields.count == 3 ? fields[2] : 0)) / 86_400
        }
        self.init(serial: days + fraction, system: system)
        guard isValid else { return nil }
    }
}
