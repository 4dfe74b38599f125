/// Which texts count as numbers when a CSV field is typed into a table.
public enum NumberField {
    /// The number a spreadsheet would make of `text` typed into a cell, or nil for text.
    ///
    /// Accepted: an optional sign, digits with an optional decimal point (`12`, `-3.5`, `.5`, `5.`),
    /// an optional exponent (`1.2E-3`), an optional trailing `%` (`50%` → 0.5).
    /// Deliberately left as text, so the table layer can report them as number-like text with their
    /// position instead of silently converting: thousands separators (`1,234`), surrounding spaces,
    /// full-width digits (`１２３`), currency signs, units (`12時間`), `inf`/`nan`, hexadecimal,
    /// and magnitudes a double cannot hold.
    public static func number(from text: String) -> Double? {
        number(from: text[...])
    }

    /// `number(from:)` for a slice of a larger text.
    public static func number(from text: Substring) -> Double? {
        var contiguous = text
        guard let shape = contiguous.withUTF8(NumberShape.init) else { return nil }
        if let value = shape.exactlyRoundedByClinger { return value }
        let value: Double?
        if shape.isPercent {
            // Shifting the decimal exponent, instead of dividing by 100, makes `12.3%` the double nearest 0.123.
            let mantissa = text.utf8.prefix(shape.mantissaLength)
            value = Double(String(decoding: mantissa, as: UTF8.self) + "e" + String(shape.exponent - 2))
        } else {
            value = Double(text)
        }
        guard let value, value.isFinite else { return nil }
        return value
    }
}

/// The syntax check behind `NumberField`, done on bytes so that typing a million fields stays cheap.
private struct NumberShape {
    /// Bytes of sign, digits and decimal point, before any exponent.
    let mantissaLength: Int
    /// The written exponent, 0 when absent (clamped: beyond ±99999 a double overflows or underflows anyway).
    let exponent: Int
    let isPercent: Bool
    private let isNegative: Bool
    /// The mantissa's digits as an integer, meaningful when `digitCount` is at most 19.
    private let digits: UInt64
    private let digitCount: Int
    private let fractionDigitCount: Int

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var rest = bytes[...]
        var digits: UInt64 = 0
        func takeDigits() -> Int {
            let run = rest.prefix { (0x30...0x39).contains($0) }
            for digit in run.prefix(19) { digits = digits &* 10 &+ UInt64(digit - 0x30) }
            rest = rest.dropFirst(run.count)
            return run.count
        }
        isPercent = rest.last == UInt8(ascii: "%")
        if isPercent { rest = rest.dropLast() }
        isNegative = rest.first == UInt8(ascii: "-")
        if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { rest = rest.dropFirst() }
        let integerDigitCount = takeDigits()
        var fractionDigitCount = 0
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            fractionDigitCount = takeDigits()
        }
        digitCount = integerDigitCount + fractionDigitCount
        guard digitCount > 0 else { return nil }
        self.fractionDigitCount = fractionDigitCount
        self.digits = digits
        mantissaLength = rest.startIndex
        var exponent = 0
        if let marker = rest.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            let negative = rest.first == UInt8(ascii: "-")
            if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { rest = rest.dropFirst() }
            let run = rest.prefix { (0x30...0x39).contains($0) }
            guard !run.isEmpty else { return nil }
            for digit in run { exponent = min(exponent * 10 + Int(digit - 0x30), 99_999) }
            rest = rest.dropFirst(run.count)
            if negative { exponent = -exponent }
        }
        self.exponent = exponent
        guard rest.isEmpty else { return nil }
    }

    /// Clinger's fast path (W. D. Clinger, "How to Read Floating Point Numbers Accurately", PLDI 1990):
    /// a mantissa of at most 15 digits and a power of ten up to 10^22 are exact doubles, so the single
    /// multiplication or division is correctly rounded. Nil when the text needs the full conversion.
    var exactlyRoundedByClinger: Double? {
        let power = exponent - fractionDigitCount - (isPercent ? 2 : 0)
        guard digitCount <= 15, (-22...22).contains(power) else { return nil }
        let scale = Self.powersOfTen[abs(power)]
        let magnitude = power < 0 ? Double(digits) / scale : Double(digits) * scale
        return isNegative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
}
