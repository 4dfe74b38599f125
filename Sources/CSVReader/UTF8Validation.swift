/// UTF-8 validation that reports where it fails, which the standard library's decoding does not.
enum UTF8Validation {
    /// The offset and length of the first ill-formed sequence in `bytes`, or nil when all of it
    /// is well-formed UTF-8 (Unicode 15, table 3-7: no overlongs, surrogates or code points above U+10FFFF).
    static func firstInvalidSequence(in bytes: UnsafeBufferPointer<UInt8>) -> InvalidSequence? {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let (length, secondRange) = sequenceShape(lead: lead)
            guard length > 0 else { return InvalidSequence(offset: index, length: 1) }
            guard index + 1 < count, secondRange.contains(bytes[index + 1]) else {
                return InvalidSequence(offset: index, length: 1)
            }
            var offset = 2
            while offset < length {
                guard index + offset < count, (0x80...0xBF).contains(bytes[index + offset]) else {
                    return InvalidSequence(offset: index, length: offset)
                }
                offset += 1
            }
            index += length
        }
        return nil
    }

    /// Sequence length for a lead byte and the allowed range of its second byte; length 0 for an invalid lead.
    private static func sequenceShape(lead: UInt8) -> (Int, ClosedRange<UInt8>) {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF1...0xF3: return (4, 0x80...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        default: return (0, 0x80...0xBF)
        }
    }
}
