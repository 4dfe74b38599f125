import Foundation

/// Parses the xsd:double text of a `<v>` straight from bytes.
/// Method: Clinger's fast path ("How to Read Floating Point Numbers Accurately", 1990) — a mantissa of at
/// most 2^53 scaled by an exact power of ten up to 10^22 is correctly rounded by one multiply or divide;
/// anything else goes to the C library's `strtod`, which rounds correctly.
enum DecimalParser {
    /// 10^exponent for 0 ≤ exponent ≤ 22, all exact in a Double. A switch rather than a static table: on
    /// Linux each read of a lazily initialised global calls `swift_once`, and this runs once per number.
    private static func power(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1e0
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }

    /// The value of `text` with surrounding XML whitespace ignored; nil if it is not a decimal number
    /// (`inf`, `nan` and hexadecimal forms are refused).
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0
        var stop = text.count
        while start < stop, isSpace(text[start]) { start += 1 }
        while stop > start, isSpace(text[stop - 1]) { stop -= 1 }
        guard start < stop else { return nil }
        var i = start
        let negative = text[i] == UInt8(ascii: "-")
        if negative || text[i] == UInt8(ascii: "+") { i += 1 }
        var mantissa: UInt64 = 0
        var scale = 0
        var sawDigit = false
        while i < stop, let digit = digitValue(text[i]) {
            sawDigit = true
            if mantissa < 1_000_000_000_000_000_000 {
                mantissa = mantissa * 10 + digit
            } else {
                scale += 1
            }
            i += 1
        }
        if i < stop, text[i] == UInt8(ascii: ".") {
            i += 1
            while i < stop, let digit = digitValue(text[i]) {
                sawDigit = true
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + digit
                    scale -= 1
                }
                i += 1
            }
        }
        guard sawDigit else { return nil }
        var exponent = 0
        if i < stop, text[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            let negativeExponent = i < stop && text[i] == UInt8(ascii: "-")
            if i < stop, text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+") { i += 1 }
            guard i < stop else { return nil }
            while i < stop, let digit = digitValue(text[i]) {
                exponent = min(exponent * 10 + Int(digit), 100_000)
                i += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        guard i == stop else { return nil }
        let totalScale = scale + exponent
        if mantissa <= 1 << 53, abs(totalScale) <= 22 {
            let magnitude = totalScale >= 0 ? Double(mantissa) * power(totalScale) : Double(mantissa) / power(-totalScale)
            return negative ? -magnitude : magnitude
        }
        return slowPath(UnsafeBufferPointer(rebasing: text[start..<stop]))
    }

    /// The value of `text` when it is a whole number (`7`, ` 7 `, `7.0`, `7e0`), else nil. Style and
    /// shared-string indices are such numbers on nearly every cell, so plain runs of up to 18 digits are
    /// read directly; anything else goes through `parse`.
    static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        if !text.isEmpty, text.count <= 18 {
            var value = 0
            for byte in text {
                guard byte >= 0x30 && byte <= 0x39 else { return parse(text).flatMap { Int(exactly: $0) } }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        return parse(text).flatMap { Int(exactly: $0) }
    }

    private static func slowPath(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: text.count + 1) { terminated in
            guard let base = terminated.baseAddress else { return nil }
            for (i, byte) in text.enumerated() { base[i] = CChar(bitPattern: byte) }
            base[text.count] = 0
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &endPointer)
            return endPointer == base + text.count ? value : nil
        }
    }

    private static func digitValue(_ byte: UInt8) -> UInt64? {
        byte >= 0x30 && byte <= 0x39 ? UInt64(byte - 0x30) : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
