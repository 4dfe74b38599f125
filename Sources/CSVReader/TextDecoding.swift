/// Text decoded to UTF-8, with the encoding it was found in.
public struct DecodedText: Sendable {
    /// The encoding the bytes were read as.
    public let encoding: TextEncoding
    /// Whether the file began with a byte order mark (it is not part of `utf8`).
    public let hadByteOrderMark: Bool
    /// The text as well-formed UTF-8.
    public let utf8: [UInt8]
}

/// Bytes → UTF-8 text, detecting the encoding unless one is forced.
public enum TextDecoding {
    /// Decodes `bytes` read from `file` (the name is only used in errors).
    ///
    /// Detection policy when `encoding` is nil: a byte order mark wins (UTF-8, UTF-16 LE or BE);
    /// otherwise well-formed UTF-8 is UTF-8 (pure ASCII included); otherwise valid CP932 is Shift_JIS;
    /// otherwise `CSVError.undetectableEncoding` names where each attempt failed.
    /// A forced `encoding` is used as given (a matching byte order mark is skipped) and any invalid
    /// byte is `CSVError.invalidBytes`: text is never passed on with replacement characters.
    public static func decode(_ bytes: [UInt8], file: String,
                              encoding forced: TextEncoding? = nil) throws(CSVError) -> DecodedText {
        let bom = byteOrderMark(of: bytes)
        if let chosen = forced ?? bom?.encoding {
            let markLength = bom?.encoding == chosen ? bom?.length ?? 0 : 0
            switch attempt(chosen, bytes, skipping: markLength) {
            case .success(let utf8):
                return DecodedText(encoding: chosen, hadByteOrderMark: markLength > 0, utf8: utf8)
            case .failure(let failure):
                throw .invalidBytes(file: file, failure: failure)
            }
        }
        var failures: [DecodingFailure] = []
        for candidate in [TextEncoding.utf8, .shiftJIS] {
            switch attempt(candidate, bytes, skipping: 0) {
            case .success(let utf8):
                return DecodedText(encoding: candidate, hadByteOrderMark: false, utf8: utf8)
            case .failure(let failure):
                failures.append(failure)
            }
        }
        throw .undetectableEncoding(file: file, failures: failures)
    }

    private static func byteOrderMark(of bytes: [UInt8]) -> (encoding: TextEncoding, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    private static func attempt(_ encoding: TextEncoding, _ bytes: [UInt8],
                                skipping markLength: Int) -> Result<[UInt8], DecodingFailure> {
        bytes.withUnsafeBufferPointer { whole in
            let body = UnsafeBufferPointer(rebasing: whole[markLength...])
            let result: Result<[UInt8], InvalidSequence>
            switch encoding {
            case .utf8:
                if let invalid = UTF8Validation.firstInvalidSequence(in: body) {
                    result = .failure(invalid)
                } else {
                    result = .success(markLength == 0 ? bytes : Array(body))
                }
            case .utf16LittleEndian, .utf16BigEndian:
                result = UTF16Decoding.decode(body, bigEndian: encoding == .utf16BigEndian)
            case .shiftJIS:
                result = CP932Decoding.decode(body)
            }
            return result.mapError { invalid in
                DecodingFailure(encoding: encoding, data: whole,
                                offset: markLength + invalid.offset, length: invalid.length)
            }
        }
    }
}
