/// Where bytes stopped making sense in a given encoding.
public struct DecodingFailure: Error, Sendable, Hashable {
    /// The encoding the bytes were read as.
    public let encoding: TextEncoding
    /// 1-based line of the offending bytes (line feeds before them, plus one).
    public let line: Int
    /// 0-based offset of the first offending byte from the start of the file, byte order mark included.
    public let byteOffset: Int
    /// The offending bytes (at most 4), for a message such as `0x87 0x7F`.
    public let bytes: [UInt8]

    init(encoding: TextEncoding, line: Int, byteOffset: Int, bytes: [UInt8]) {
        self.encoding = encoding
        self.line = line
        self.byteOffset = byteOffset
        self.bytes = bytes
    }

    /// Builds a failure for the sequence starting at `offset` of `data`, `length` bytes long.
    init(encoding: TextEncoding, data: UnsafeBufferPointer<UInt8>, offset: Int, length: Int) {
        self.encoding = encoding
        self.byteOffset = offset
        self.bytes = Array(data[offset..<min(data.count, offset + max(1, min(length, 4)))])
        self.line = DecodingFailure.lineNumber(before: offset, in: data, encoding: encoding)
    }

    private static func lineNumber(before offset: Int, in data: UnsafeBufferPointer<UInt8>,
                                   encoding: TextEncoding) -> Int {
        var lineFeeds = 0
        switch encoding {
        case .utf8, .shiftJIS:
            // 0x0A never occurs inside a multi-byte sequence in UTF-8 or CP932.
            for index in 0..<offset where data[index] == 0x0A { lineFeeds += 1 }
        case .utf16LittleEndian, .utf16BigEndian:
            let low = encoding == .utf16LittleEndian ? 0 : 1
            var index = 0
            while index + 1 < offset {
                if data[index + low] == 0x0A && data[index + 1 - low] == 0 { lineFeeds += 1 }
                index += 2
            }
        }
        return lineFeeds + 1
    }
}
