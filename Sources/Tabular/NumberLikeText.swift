import CSVReader
import Foundation

/// Text that a person meant as a number: full-width digits (`１２３`), thousands separators (`1,234`),
/// surrounding spaces (`" 42 "`), a trailing unit (`12時間`, `3件`), a negative written with a triangle
/// (`▲1,234`, `△56`), a percentage (`85.5%`, `12％`), or plain digits stored as text.
public struct NumberLikeText: Sendable, Hashable, Codable {
    /// Why the text was not already a number.
    public enum Reason: String, Sendable, Codable, CaseIterable {
        case fullWidthDigits, thousandsSeparators, surroundingSpace, trailingUnit
        /// `▲1,234`, `△56`: Japanese statistical tables and accounts mark a negative number with ▲ or △.
        case negativeTriangle
        /// `85.5%` reads as 0.855, the value a spreadsheet holds behind a cell shown as 85.5%.
        case percent
        case storedAsText
    }

    /// The number it reads as.
    public let value: Double
    /// The unit that was stripped, if any (`時間`); never the percent sign, which scales the value instead.
    public let unit: String?
    /// Every reason that applies, in a fixed order.
    public let reasons: [Reason]

    /// Recognises number-like text; nil when the text is not a number in any of these spellings.
    public init?(_ text: String) {
        // Most text holds no digit, or starts with a letter (`user0001`, `R6年度`); settle that before any
        // trimming or copying, which cost far more than the checks on a column of a million distinct texts.
        guard NumberLikeText.startsLikeNumber(text), NumberLikeText.holdsDigit(text) else { return nil }
        var reasons: Set<Reason> = []
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed != text { reasons.insert(.surroundingSpace) }
        var scalars = String.UnicodeScalarView()
        for scalar in trimmed.unicodeScalars {
            if let ascii = NumberLikeText.halfWidth(scalar) {
                reasons.insert(.fullWidthDigits)
                scalars.append(ascii)
            } else {
                scalars.append(scalar)
            }
        }
        var body = String(scalars)
        if let number = NumberLikeText.droppingTriangle(body) {
            // The triangle is the sign; a second one (`▲-5`) would leave the reader guessing.
            guard number.first != "-", number.first != "+" else { return nil }
            reasons.insert(.negativeTriangle)
            body = number
        }
        if let number = NumberLikeText.droppingPercent(body) {
            reasons.insert(.percent)
            body = number
        }
        var unit: String?
        if let lastDigit = body.lastIndex(where: \.isASCIIDigitOrPoint), body.index(after: lastDigit) != body.endIndex {
            let suffix = String(body[body.index(after: lastDigit)...])
            let cleanSuffix = suffix.trimmingCharacters(in: .whitespaces)
            // `12件%` is neither a count nor a share.
            guard !reasons.contains(.percent), NumberLikeText.isUnit(cleanSuffix) else { return nil }
            unit = cleanSuffix
            reasons.insert(.trailingUnit)
            body = String(body[...lastDigit]).trimmingCharacters(in: .whitespaces)
        }
        if body.contains(",") {
            guard NumberLikeText.hasValidGrouping(body) else { return nil }
            reasons.insert(.thousandsSeparators)
            body.removeAll { $0 == "," }
        }
        // `NumberField` makes `85.5%` the double nearest 0.855, which dividing by 100 does not always give.
        guard NumberLikeText.isPlainDecimal(body),
              let magnitude = reasons.contains(.percent) ? NumberField.number(from: body + "%") : Double(body)
        else { return nil }
        if reasons.isEmpty { reasons.insert(.storedAsText) }
        // `▲0` is zero, not the negative zero that would print as `-0`.
        self.value = reasons.contains(.negativeTriangle) && magnitude != 0 ? -magnitude : magnitude
        self.unit = unit
        self.reasons = Reason.allCases.filter(reasons.contains)
    }

    /// Whether `text` holds an ASCII digit or a full-width one (U+FF10–FF19, UTF-8 `EF BC 90`–`EF BC 99`).
    /// Checked on UTF-8 bytes: every text cell of a table is asked, and decoding scalars cost twice as much.
    /// Other recognisers of numbers in text (`TextDate`) ask it first for the same reason.
    static func holdsDigit(_ text: String) -> Bool {
        // Native strings hand out their bytes contiguously; the iterator path is only for bridged ones.
        text.utf8.withContiguousStorageIfAvailable(holdsDigit) ?? holdsDigit(Array(text.utf8))
    }

    private static func holdsDigit<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var (beforeLast, last): (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 { return true }
            if beforeLast == 0xEF, last == 0xBC, byte >= 0x90 && byte <= 0x99 { return true }
            (beforeLast, last) = (last, byte)
        }
        return false
    }

    /// Whether the first scalar after leading white space can begin a number: a digit, sign, point or negative
    /// triangle, ASCII or full-width. Everything the initialiser accepts begins so, because a unit or percent
    /// sign may only trail the number.
    private static func startsLikeNumber(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        if let ascii = halfWidth(first) { return ascii != "," }
        if isNegativeTriangle(first) { return true }
        return first.isASCII && (first == "-" || first == "+" || first == "." || ("0"..."9").contains(first))
    }

    /// ▲ (U+25B2) and △ (U+25B3), the minus signs of Japanese accounts and statistical tables (the 2020
    /// 総務省 checklist for machine-readable tables asks for `-` instead). ▼ and ▽ are not accepted: they
    /// have no settled meaning as a sign.
    private static func isNegativeTriangle(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{25B2}" || scalar == "\u{25B3}"
    }

    /// The number after a leading triangle and any spaces (`▲ 12` → `12`); nil when there is no triangle.
    private static func droppingTriangle(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first, isNegativeTriangle(first) else { return nil }
        return String(text.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
    }

    /// The number before a trailing `%` or `％` and any spaces (`85.5 %` → `85.5`); nil when there is none.
    private static func droppingPercent(_ text: String) -> String? {
        guard let last = text.unicodeScalars.last, last == "%" || last == "\u{FF05}" else { return nil }
        return String(text.unicodeScalars.dropLast()).trimmingCharacters(in: .whitespaces)
    }

    /// Full-width digits and signs (U+FF10–FF19, ＋ － ． ，) and the minus sign U+2212 as ASCII.
    private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19: Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
        case 0xFF0B: "+"
        case 0xFF0D, 0x2212: "-"
        case 0xFF0E: "."
        case 0xFF0C: ","
        default: nil
        }
    }

    /// A unit is a short run (≤ 4 characters) of letters — kana, kanji or Latin — with no digits.
    private static func isUnit(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 4 && text.allSatisfy { $0.isLetter }
    }

    /// `1,234,567.5`: a first group of 1–3 digits, then groups of exactly 3, commas only before the point.
    private static func hasValidGrouping(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
        let integer = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 } && groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Optional sign, digits, optional point and digits; no exponent, no `inf`/`nan`.
    private static func isPlainDecimal(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        return parts.contains { !$0.isEmpty } && !parts[0].contains(".")
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIIDigitOrPoint: Bool { isASCIIDigit || self == "." }
}
