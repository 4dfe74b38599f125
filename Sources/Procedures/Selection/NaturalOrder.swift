import Foundation

/// The orders in which city-hall category labels are naturally read, when no `--order` is given: age bands by
/// their age, job ranks from the top, years and fiscal years (和暦 or 西暦) by time, months in 年度 order,
/// weekdays from Monday, survey answers from the positive end, and labels that are all numbers by value.
/// docs/CATEGORIES.md is the readable form of this file; a test keeps the two in step.
///
/// A column is read in a natural order only when every one of its labels fits the same kind; one label of another
/// kind (`会計年度任用職員` among the ranks) leaves the column in the tool's default order, since a half-sorted
/// list would look like an error. Labels are compared with spaces removed and full-width digits read as digits,
/// so `　60代以上` sorts beside `60代以上`.
package enum NaturalOrder {
    /// One kind of label, in the order the kinds are tried.
    package enum Kind: String, CaseIterable, Sendable {
        case numbers, ageBands, years, months, weekdays, jobRanks, satisfaction, agreement
    }

    /// Job ranks from the top; a row holds names of one rank (課長補佐 is often written 補佐; 技師 is the
    /// engineers' 主事). Ranks differ between city halls: a column with a rank not listed keeps the tool's order.
    package static let jobRanks: [[String]] = [
        ["局長"], ["部長"], ["次長"], ["参事"], ["課長"], ["主幹"], ["課長補佐", "補佐"], ["係長"], ["主査"], ["主任"],
        ["主事", "技師"], ["主事補", "技師補"],
    ]

    /// Satisfaction answers from the positive end, as survey forms list them.
    package static let satisfaction: [[String]] = [
        ["とても満足", "非常に満足", "大変満足"], ["満足"], ["やや満足", "まあ満足", "どちらかといえば満足"],
        ["どちらともいえない", "どちらとも言えない", "普通", "ふつう"],
        ["やや不満", "どちらかといえば不満"], ["不満"], ["とても不満", "非常に不満", "大変不満"],
    ]

    /// Agreement answers from the positive end.
    package static let agreement: [[String]] = [
        ["とてもそう思う"], ["そう思う"], ["ややそう思う", "どちらかといえばそう思う"],
        ["どちらともいえない", "どちらとも言えない"],
        ["あまりそう思わない", "どちらかといえばそう思わない"], ["そう思わない"], ["まったくそう思わない", "全くそう思わない"],
    ]

    /// Weekdays from Monday, as the working week runs.
    package static let weekdays = ["月", "火", "水", "木", "金", "土", "日"]

    /// Era names with the western year of their first year (municipal-sheets.md, Dates); `元年` is year 1.
    package static let eras: [(names: [String], firstYear: Int)] = [
        (["明治", "M"], 1868), (["大正", "T"], 1912), (["昭和", "S"], 1926), (["平成", "H"], 1989), (["令和", "R"], 2019),
    ]

    /// `levels` (distinct, in first-appearance order) in the natural order of the first kind that reads every one
    /// of them, with the kind; nil when no kind reads them all. Levels with equal keys (平成31年度 and 令和元年度)
    /// keep their order of appearance.
    package static func sorted(_ levels: [String]) -> (kind: Kind, levels: [String])? {
        guard levels.count >= 2 else { return nil }
        let normalised = levels.map(normalise)
        for kind in Kind.allCases {
            var keys: [[Double]] = []
            for label in normalised {
                guard let key = key(label, kind: kind, firstLevel: normalised[0]) else { break }
                keys.append(key)
            }
            guard keys.count == levels.count else { continue }
            let order = levels.indices.sorted { a, b in
                keys[a].lexicographicallyPrecedes(keys[b]) || (keys[a] == keys[b] && a < b)
            }
            return (kind, order.map { levels[$0] })
        }
        return nil
    }

    /// A label without spaces, with full-width digits, ～ and the hyphen read as ASCII digits, 〜 and -.
    package static func normalise(_ label: String) -> String {
        String(String.UnicodeScalarView(label.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
            switch scalar.value {
            case 0x20, 0x3000, 0x09: nil
            case 0xFF10...0xFF19: Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
            case 0xFF5E, 0x7E: "〜"
            case 0xFF0D, 0x2212, 0x2010: "-"
            case 0xFF08: "("
            case 0xFF09: ")"
            default: scalar
            }
        }))
    }

    /// The sort key of a normalised label under `kind`, nil when the label is not of that kind.
    private static func key(_ label: String, kind: Kind, firstLevel: String) -> [Double]? {
        switch kind {
        case .numbers: Double(label).map { [$0] }
        case .ageBands: ageBand(label)
        case .years: year(label)
        case .months: month(label, firstLevel: firstLevel)
        case .weekdays: weekday(label)
        case .jobRanks: rank(label, in: jobRanks)
        case .satisfaction: rank(label, in: satisfaction)
        case .agreement: rank(label, in: agreement)
        }
    }

    private static func rank(_ label: String, in list: [[String]]) -> [Double]? {
        list.firstIndex { $0.contains(label) }.map { [Double($0)] }
    }

    /// Leading ASCII digits as a number and the rest of the text.
    private static func leadingNumber(_ text: Substring) -> (Int, Substring)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let value = Int(digits) else { return nil }
        return (value, text.dropFirst(digits.count))
    }

    /// `20代`, `20代以下`, `60代以上`, `20代前半`; `19歳以下`, `20歳未満`, `〜19歳`, `20〜29歳`, `20歳〜29歳`,
    /// `20-29歳`, `65歳以上`, `65歳〜`, `25歳`: by the band's lowest age, a band bounded above (以下, 未満, 〜N)
    /// before a band starting at the same age, one unbounded above (以上, N〜) after it.
    private static func ageBand(_ label: String) -> [Double]? {
        var rest = Substring(label)
        let openStart = rest.hasPrefix("〜")
        if openStart { rest = rest.dropFirst() }
        guard let (number, afterNumber) = leadingNumber(rest) else { return nil }
        rest = afterNumber
        if !openStart, rest.hasPrefix("代") {
            switch rest.dropFirst() {
            case "": return [Double(number), 0]
            case "以下", "未満": return [Double(number), -1]
            case "以上": return [Double(number), 1]
            case "前半": return [Double(number), 0]
            case "後半": return [Double(number) + 5, 0]
            default: return nil
            }
        }
        if openStart { return rest == "歳" ? [Double(number), -1] : nil }
        if rest.hasPrefix("歳") { rest = rest.dropFirst() }
        else if !(rest.hasPrefix("〜") || rest.hasPrefix("-")) { return nil }
        switch rest {
        case "" where label.hasSuffix("歳"): return [Double(number), 0]
        case "以下", "未満": return [Double(number), -1]
        case "以上", "〜": return [Double(number), 1]
        default:
            guard rest.hasPrefix("〜") || rest.hasPrefix("-"), let (upper, unit) = leadingNumber(rest.dropFirst()),
                  upper >= number, unit == "歳" || unit == "歳未満" || unit == "歳以下" else { return nil }
            return [Double(number), 0]
        }
    }

    /// `令和5年度`, `令和元年`, `R5`, `R5年度`, `H30年`, `平成31年4月`, `2023年度`, `2023年`, `2023年4月`: by western
    /// year, then month.
    private static func year(_ label: String) -> [Double]? {
        var rest = Substring(label), year: Int
        if let era = eras.first(where: { era in era.names.contains { rest.uppercased().hasPrefix($0) } }) {
            let name = era.names.first { rest.uppercased().hasPrefix($0) }!
            rest = rest.dropFirst(name.count)
            if rest.hasPrefix("元") {
                year = era.firstYear
                rest = rest.dropFirst()
            } else {
                // `S001` is a code, not 昭和1年: an era year has no leading zero.
                guard !rest.hasPrefix("0"), let (number, after) = leadingNumber(rest), number >= 1, number <= 99 else { return nil }
                year = era.firstYear + number - 1
                rest = after
            }
            if rest.isEmpty { return [Double(year), 0] }
        } else {
            guard let (number, after) = leadingNumber(rest), (1000...9999).contains(number) else { return nil }
            year = number
            rest = after
        }
        if rest == "年" || rest == "年度" { return [Double(year), 0] }
        guard rest.hasPrefix("年"), let (month, unit) = leadingNumber(rest.dropFirst()), (1...12).contains(month),
              unit == "月" else { return nil }
        return [Double(year), Double(month)]
    }

    /// `4月` … `3月` (also `4月分`) in 年度 order, April first, as city-hall monthly tables run; in calendar order
    /// when the column's first label is 1月 (a calendar-year table).
    private static func month(_ label: String, firstLevel: String) -> [Double]? {
        guard let (month, unit) = leadingNumber(Substring(label)), (1...12).contains(month), unit == "月" || unit == "月分"
        else { return nil }
        let calendar = firstLevel.hasPrefix("1月")
        return [Double(calendar ? month : (month + 8) % 12)]
    }

    /// `月`, `月曜`, `月曜日`, `(月)`: Monday first.
    private static func weekday(_ label: String) -> [Double]? {
        var text = Substring(label)
        if text.hasPrefix("("), text.hasSuffix(")") { text = text.dropFirst().dropLast() }
        for suffix in ["曜日", "曜"] where text.hasSuffix(suffix) { text = text.dropLast(suffix.count) }
        return weekdays.firstIndex(of: String(text)).map { [Double($0)] }
    }
}
