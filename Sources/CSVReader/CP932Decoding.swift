/// CP932 (Windows Shift_JIS) to UTF-8 through the embedded table, never through the platform's converters.
enum CP932Decoding {
    /// Decodes `bytes` into UTF-8, or returns the first byte sequence CP932 does not define.
    /// Single bytes 0x80, 0xA0 and 0xFD...0xFF are invalid, as in Microsoft's published table.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], InvalidSequence> {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                output.append(byte)
                index += 1
            } else if (0xA1...0xDF).contains(byte) {
                output.appendUTF8(0xFF61 + UInt32(byte - 0xA1))
                index += 1
            } else if CP932Table.isLeadByte(byte), index + 1 < bytes.count,
                      let scalar = CP932Table.scalar(lead: byte, trail: bytes[index + 1]) {
                output.appendUTF8(scalar.value)
                index += 2
            } else {
                let length = CP932Table.isLeadByte(byte) && index + 1 < bytes.count ? 2 : 1
                return .failure(InvalidSequence(offset: index, length: length))
            }
        }
        return .success(output)
    }
}
