import Foundation

/// Builds zip packages byte by byte so tests and fuzz harnesses control every header field, including
/// ones that lie. Entries are stored or carry ready-made raw deflate data; CRC-32 per ISO 3309.
public struct ZipBuilder {
    /// One entry: its name, the bytes as written, and what the headers claim.
    public struct Entry {
        public var name: String
        public var payload: [UInt8]
        public var method: UInt16
        public var crc: UInt32
        public var compressedSize: UInt32
        public var uncompressedSize: UInt32

        public init(name: String, payload: [UInt8], method: UInt16, crc: UInt32, compressedSize: UInt32,
                    uncompressedSize: UInt32) {
            (self.name, self.payload, self.method) = (name, payload, method)
            (self.crc, self.compressedSize, self.uncompressedSize) = (crc, compressedSize, uncompressedSize)
        }
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds an uncompressed entry with truthful headers.
    public mutating func addStored(_ name: String, _ bytes: [UInt8]) {
        entries.append(Entry(name: name, payload: bytes, method: 0, crc: ZipBuilder.crc32(bytes),
                             compressedSize: UInt32(truncatingIfNeeded: bytes.count),
                             uncompressedSize: UInt32(truncatingIfNeeded: bytes.count)))
    }

    /// Adds an uncompressed entry from text.
    public mutating func addStored(_ name: String, _ text: String) { addStored(name, Array(text.utf8)) }

    /// Adds a raw-deflate entry whose headers claim `uncompressedSize` and `crc` (the caller decides
    /// whether they are true).
    public mutating func addDeflated(_ name: String, deflate: [UInt8], uncompressedSize: UInt32, crc: UInt32) {
        entries.append(Entry(name: name, payload: deflate, method: 8, crc: crc,
                             compressedSize: UInt32(truncatingIfNeeded: deflate.count), uncompressedSize: uncompressedSize))
    }

    /// Adds an entry exactly as described, lies included.
    public mutating func add(_ entry: Entry) { entries.append(entry) }

    /// The fields a local header and its central-directory record share, in the same order (APPNOTE 4.3.7, 4.3.12):
    /// version needed 2.0, no flags, the method, a zero time and date, CRC-32, both sizes, the name's length and no
    /// extra field.
    private static func appendSharedFields(of entry: Entry, to out: inout [UInt8]) {
        out.appendLE(UInt16(20))
        out.appendLE(UInt16(0))
        out.appendLE(entry.method)
        out.appendLE(UInt32(0))
        out.appendLE(entry.crc)
        out.appendLE(entry.compressedSize)
        out.appendLE(entry.uncompressedSize)
        out.appendLE(UInt16(entry.name.utf8.count))
        out.appendLE(UInt16(0))
    }

    /// The package bytes: local headers with data, then the central directory and its end record.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var offsets: [UInt32] = []
        for entry in entries {
            offsets.append(UInt32(truncatingIfNeeded: out.count))
            out.appendLE(UInt32(0x0403_4b50))
            Self.appendSharedFields(of: entry, to: &out)
            out.append(contentsOf: entry.name.utf8)
            out.append(contentsOf: entry.payload)
        }
        let directoryStart = UInt32(truncatingIfNeeded: out.count)
        for (entry, offset) in zip(entries, offsets) {
            out.appendLE(UInt32(0x0201_4b50))
            out.appendLE(UInt16(20))
            Self.appendSharedFields(of: entry, to: &out)
            out.appendLE(UInt16(0))
            out.appendLE(UInt16(0))
            out.appendLE(UInt16(0))
            out.appendLE(UInt32(0))
            out.appendLE(offset)
            out.append(contentsOf: entry.name.utf8)
        }
        let directorySize = UInt32(truncatingIfNeeded: out.count) - directoryStart
        out.appendLE(UInt32(0x0605_4b50))
        out.appendLE(UInt16(0))
        out.appendLE(UInt16(0))
        out.appendLE(UInt16(entries.count))
        out.appendLE(UInt16(entries.count))
        out.appendLE(directorySize)
        out.appendLE(directoryStart)
        out.appendLE(UInt16(0))
        return out
    }

    /// CRC-32 (reflected polynomial 0xEDB88320), one table lookup per byte.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        return ~crc
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var entry = UInt32(index)
        for _ in 0..<8 { entry = (entry & 1) != 0 ? (entry >> 1) ^ 0xEDB8_8320 : entry >> 1 }
        return entry
    }
}

extension Array where Element == UInt8 {
    public mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
