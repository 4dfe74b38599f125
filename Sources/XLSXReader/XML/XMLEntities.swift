/// Decoding of XML character data: the five predefined entities and numeric character references
/// (XML 1.0 §4.1, §4.6). DOCTYPE-declared entities are never expanded; an unknown entity is an error.
enum XMLEntities {
    /// Appends `raw` to `output`, replacing references. Returns the offset within `raw` of a bad
    /// reference, or nil on success.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int? {
        var i = 0
        let n = raw.count
        while i < n {
            let byte = raw[i]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                i += 1
                continue
            }
            var j = i + 1
            while j < n, raw[j] != UInt8(ascii: ";"), j - i < 12 { j += 1 }
            guard j < n, raw[j] == UInt8(ascii: ";") else { return i }
            let name = UnsafeBufferPointer(rebasing: raw[(i + 1)..<j])
            guard let scalar = resolve(name) else { return i }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = j + 1
        }
        return nil
    }

    /// Line ends as an XML processor must deliver them (XML 1.0 §2.11): CR LF and lone CR become LF.
    static func normalizeLineEnds(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        for (i, byte) in raw.enumerated() {
            if byte == 0x0D {
                if i + 1 < raw.count, raw[i + 1] == 0x0A { continue }
                result.append(0x0A)
            } else {
                result.append(byte)
            }
        }
        return result
    }

    private static func resolve(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        case let reference where reference.hasPrefix("#x") || reference.hasPrefix("#X"):
            return UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let reference where reference.hasPrefix("#"):
            return UInt32(reference.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        default: return nil
        }
    }
}

/// The `_xHHHH_` escape of ST_Xstring (ECMA-376 22.9.2.19; MS-OI29500 §2.1.1747): one left-to-right pass,
/// so `_x005F_x000D_` is the literal text `_x000D_`. Surrogate escapes pair up; a lone one becomes U+FFFD.
enum XStringEscapes {
    /// Decodes `bytes` (UTF-8) into a String.
    static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.count >= 7, containsEscapeStart(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0
        var pendingHigh: UInt16?
        while i < bytes.count {
            if let unit = escape(bytes, at: i) {
                i += 7
                if let high = pendingHigh {
                    pendingHigh = nil
                    if (0xDC00...0xDFFF).contains(unit) {
                        let scalar = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                        append(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &output)
                        continue
                    }
                    append("\u{FFFD}", to: &output)
                }
                if (0xD800...0xDBFF).contains(unit) {
                    pendingHigh = unit
                } else {
                    append(Unicode.Scalar(UInt32(unit)) ?? "\u{FFFD}", to: &output)
                }
                continue
            }
            if pendingHigh != nil {
                pendingHigh = nil
                append("\u{FFFD}", to: &output)
            }
            output.append(bytes[i])
            i += 1
        }
        if pendingHigh != nil { append("\u{FFFD}", to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    private static func containsEscapeStart(_ bytes: [UInt8]) -> Bool {
        for i in 0..<(bytes.count - 1) where bytes[i] == UInt8(ascii: "_") && bytes[i + 1] == UInt8(ascii: "x") {
            return true
        }
        return false
    }

    private static func escape(_ bytes: [UInt8], at i: Int) -> UInt16? {
        guard i + 7 <= bytes.count, bytes[i] == UInt8(ascii: "_"), bytes[i + 1] == UInt8(ascii: "x"),
              bytes[i + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt16 = 0
        for byte in bytes[(i + 2)..<(i + 6)] {
            guard let digit = hexValue(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        output.append(contentsOf: Array(String(Character(scalar)).utf8))
    }
}
