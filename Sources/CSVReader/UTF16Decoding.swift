/// UTF-16 (either byte order) to UTF-8, reporting unpaired surrogates and a dangling odd byte.
enum UTF16Decoding {
    /// Decodes `bytes` (no byte order mark) into UTF-8, or returns the offset and length of the first
    /// ill-formed code unit sequence.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool)
        -> Result<[UInt8], InvalidSequence> {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        func unit(at index: Int) -> UInt32 {
            let first = UInt32(bytes[index]), second = UInt32(bytes[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        var index = 0
        while index + 1 < bytes.count {
            let high = unit(at: index)
            if (0xD800...0xDBFF).contains(high) {
                guard index + 3 < bytes.count else { return .failure(InvalidSequence(offset: index, length: 2)) }
                let low = unit(at: index + 2)
                guard (0xDC00...0xDFFF).contains(low) else {
                    return .failure(InvalidSequence(offset: index, length: 4))
                }
                output.appendUTF8(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                index += 4
            } else if !(0xDC00...0xDFFF).contains(high) {
                output.appendUTF8(high)
                index += 2
            } else {
                return .failure(InvalidSequence(offset: index, length: 2))
            }
        }
        if index < bytes.count { return .failure(InvalidSequence(offset: index, length: 1)) }
        return .success(output)
    }
}

/// The position of an ill-formed byte sequence found by one of the decoders.
struct InvalidSequence: Error {
    let offset: Int
    let length: Int
}
