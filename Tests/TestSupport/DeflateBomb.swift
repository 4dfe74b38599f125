/// Raw deflate data (RFC 1951) that inflates to gigabytes from megabytes, built directly instead of
/// compressing gigabytes: a stored block carries `prefix`, then one dynamic-Huffman block repeats the
/// prefix's last six bytes with length-258 matches at distance 6. The block's codes give the match
/// length symbol (285) and the distance symbol (4) one bit each, plus one extra distance bit, so every
/// 258 inflated bytes cost 3 bits: a ratio of 688.
public enum DeflateBomb {
    /// Deflate data inflating to `prefix` (6 to 65,535 bytes) followed by its last six bytes repeated,
    /// in 2,064-byte groups of eight matches, `matchGroups` times (plus up to seven matches to align).
    public static func make(prefix: [UInt8], matchGroups: Int) -> (deflate: [UInt8], inflatedSize: Int) {
        var bits = BitWriter()
        bits.write(0, count: 3)  // BFINAL 0, BTYPE 00 (stored)
        bits.alignToByte()
        bits.bytes.appendLE(UInt16(prefix.count))
        bits.bytes.appendLE(~UInt16(prefix.count))
        bits.bytes.append(contentsOf: prefix)
        writeDynamicHeader(into: &bits)
        // Eight 3-bit matches fill exactly three bytes, so from a byte boundary the body is one pattern repeated.
        var matches = 0
        while !bits.isAligned {
            writeMatch(into: &bits)
            matches += 1
        }
        var group = BitWriter()
        for _ in 0..<8 { writeMatch(into: &group) }
        for _ in 0..<matchGroups { bits.bytes.append(contentsOf: group.bytes) }
        matches += 8 * matchGroups
        bits.write(0, count: 1)  // end of block (symbol 256, code 0)
        return (bits.finish(), prefix.count + 258 * matches)
    }

    /// BFINAL 1, BTYPE 10; literal/length lengths: 256 → 1, 285 → 1; distance lengths: 4 → 1.
    /// Code-length code: 18 → "0", 1 → "10", 17 → "11" (canonical order, RFC 1951 §3.2.2).
    private static func writeDynamicHeader(into bits: inout BitWriter) {
        bits.write(1, count: 1)
        bits.write(2, count: 2)
        bits.write(286 - 257, count: 5)
        bits.write(5 - 1, count: 5)
        bits.write(18 - 4, count: 4)
        // Code-length code lengths in the order 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1.
        for length in [0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2] { bits.write(UInt32(length), count: 3) }
        let repeatZeros = { (bits: inout BitWriter, count: Int) in
            bits.writeCode(0, length: 1)  // symbol 18: 11–138 zeros, 7 extra bits
            bits.write(UInt32(count - 11), count: 7)
        }
        let one = { (bits: inout BitWriter) in bits.writeCode(0b10, length: 2) }
        repeatZeros(&bits, 138)
        repeatZeros(&bits, 118)  // literals 0–255
        one(&bits)               // 256, end of block
        repeatZeros(&bits, 28)   // 257–284
        one(&bits)               // 285, length 258
        bits.writeCode(0b11, length: 2)  // symbol 17: 3–10 zeros, 3 extra bits
        bits.write(4 - 3, count: 3)      // distance symbols 0–3
        one(&bits)                       // distance symbol 4: distances 5–6, one extra bit
    }

    private static func writeMatch(into bits: inout BitWriter) {
        bits.writeCode(1, length: 1)  // symbol 285
        bits.writeCode(0, length: 1)  // distance symbol 4
        bits.write(1, count: 1)       // extra bit: distance 6
    }
}

/// Packs bits least-significant first, as deflate requires; Huffman codes go most-significant bit first.
struct BitWriter {
    var bytes: [UInt8] = []
    private var pending: UInt32 = 0
    private var pendingCount = 0

    var isAligned: Bool { pendingCount == 0 }

    mutating func write(_ value: UInt32, count: Int) {
        for i in 0..<count { push((value >> UInt32(i)) & 1) }
    }

    mutating func writeCode(_ code: UInt32, length: Int) {
        for i in stride(from: length - 1, through: 0, by: -1) { push((code >> UInt32(i)) & 1) }
    }

    mutating func alignToByte() {
        while pendingCount != 0 { push(0) }
    }

    mutating func finish() -> [UInt8] {
        alignToByte()
        return bytes
    }

    private mutating func push(_ bit: UInt32) {
        pending |= bit << UInt32(pendingCount)
        pendingCount += 1
        if pendingCount == 8 {
            bytes.append(UInt8(pending))
            pending = 0
            pendingCount = 0
        }
    }
}
