/// What to do with a character the target encoding cannot hold.
public enum UnmappableCharacterPolicy: Sendable, Hashable {
    /// Throw `CSVError.unmappableCharacter`.
    case fail
    /// Write `?` instead, as Windows does.
    case substituteQuestionMark
}

/// Text → bytes in one of the supported encodings (for writing CSV files).
public enum TextEncoder {
    /// Encodes `text` without a byte order mark.
    /// - Throws: `CSVError.unmappableCharacter` for the first character Shift_JIS cannot hold,
    ///   unless `unmappable` is `.substituteQuestionMark`.
    public static func encode(_ text: String, as encoding: TextEncoding,
                              unmappable: UnmappableCharacterPolicy = .fail) throws(CSVError) -> [UInt8] {
        switch encoding {
        case .utf8:
            return Array(text.utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count * 2)
            for unit in text.utf16 {
                let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
                bytes += encoding == .utf16BigEndian ? [high, low] : [low, high]
            }
            return bytes
        case .shiftJIS:
            return try encodeCP932(text, unmappable: unmappable)
        }
    }

    private static func encodeCP932(_ text: String, unmappable: UnmappableCharacterPolicy) throws(CSVError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else if (0xFF61...0xFF9F).contains(value) {
                bytes.append(UInt8(0xA1 + value - 0xFF61))
            } else if let code = CP932Table.code(for: scalar) {
                bytes += [UInt8(code >> 8), UInt8(code & 0xFF)]
            } else if unmappable == .substituteQuestionMark {
                bytes.append(UInt8(ascii: "?"))
            } else {
                throw .unmappableCharacter(character: scalar, scalarOffset: offset, encoding: .shiftJIS)
            }
        }
        return bytes
    }
}
