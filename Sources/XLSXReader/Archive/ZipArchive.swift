import CZip
import Foundation

/// A libzip archive with OPC-style entry lookup: ASCII case-insensitive, backslashes as slashes,
/// leading slash ignored, percent-escapes tried second (xlsx-format.md §1.4).
/// libzip handles are not thread-safe, and a sheet may be inflated on a background thread
/// (`PrefetchingSource`), so every libzip call and the inflated-byte count go through `lock`.
final class ZipArchive: @unchecked Sendable {
    let file: String
    let limits: ReadLimits
    let lock = NSLock()
    private let handle: OpaquePointer
    private var entries: [String: UInt64] = [:]
    private var inflatedTotal = 0

    /// Opens the zip at `path`; the caller has already checked the signature is a zip one.
    init(path: String, limits: ReadLimits) throws {
        var code: Int32 = 0
        guard let handle = zip_open(path, ZIP_RDONLY, &code) else {
            throw XLSXError.corruptZip(file: path, detail: ZipArchive.message(code))
        }
        self.file = path
        self.limits = limits
        self.handle = handle
        indexEntries()
    }

    /// Opens a zip held in memory; libzip owns (and frees) a copy of the bytes.
    init(data: Data, file: String, limits: ReadLimits) throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let copy = malloc(max(data.count, 1)) else {
            throw XLSXError.fileUnreadable(file: file, reason: "out of memory")
        }
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(copy, base, data.count) }
        }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(data.count), 1, &error) else {
            free(copy)
            throw XLSXError.corruptZip(file: file, detail: String(cString: zip_error_strerror(&error)))
        }
        guard let handle = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw XLSXError.corruptZip(file: file, detail: String(cString: zip_error_strerror(&error)))
        }
        self.file = file
        self.limits = limits
        self.handle = handle
        indexEntries()
    }

    deinit { zip_discard(handle) }

    /// The real entry name for a part name, or nil when the package has no such entry.
    func entryName(for part: String) -> String? {
        guard let index = lookup(part) else { return nil }
        return zip_get_name(handle, index, 0).map { String(cString: $0) }
    }

    /// Whether an entry with this part name exists.
    func contains(_ part: String) -> Bool { entryName(for: part) != nil }

    /// Opens a part for streaming; `part` is the name used in messages. `maxBytes` caps the part's
    /// inflated size on top of the ratio check (for parts whose content is kept in memory).
    func open(_ part: String, maxBytes: Int = .max) throws -> ZipEntryStream {
        guard let index = lookup(part) else {
            throw XLSXError.missingPart(file: file, part: part)
        }
        return try lock.withLock {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(handle, index, 0, &stat) == 0, let entry = zip_fopen_index(handle, index, 0) else {
                throw XLSXError.corruptZip(file: file, detail: "\(part): \(String(cString: zip_strerror(handle)))")
            }
            let stream = ZipEntryStream(archive: self, entry: entry, part: part, compressedSize: Int(clamping: stat.comp_size),
                                        maxBytes: maxBytes)
            if stat.valid & UInt64(ZIP_STAT_SIZE) != 0 { stream.inflatedSize = Int(clamping: stat.size) }
            return stream
        }
    }

    /// Reads a whole (small) part into memory, within the archive's limits.
    func readAll(_ part: String) throws -> [UInt8] {
        let stream = try open(part)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = try chunk.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return try stream.read(into: base, capacity: buffer.count)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Counts inflated bytes against the package-wide and per-part limits; called with `lock` held.
    func account(_ count: Int, part: String, partTotal: Int, compressedSize: Int, maxBytes: Int) throws {
        inflatedTotal += count
        if partTotal > maxBytes {
            throw XLSXError.decompressionBomb(file: file, part: part, inflatedBytes: partTotal, limit: maxBytes)
        }
        if inflatedTotal > limits.maxInflatedBytes {
            throw XLSXError.decompressionBomb(file: file, part: part, inflatedBytes: inflatedTotal, limit: limits.maxInflatedBytes)
        }
        let ratioLimit = max(limits.ratioCheckFloor, compressedSize.multipliedReportingOverflow(by: limits.maxCompressionRatio).partialValue)
        if partTotal > ratioLimit {
            throw XLSXError.decompressionBomb(file: file, part: part, inflatedBytes: partTotal, limit: ratioLimit)
        }
    }

    func message(ofEntry entry: OpaquePointer) -> String { String(cString: zip_file_strerror(entry)) }

    private func lookup(_ part: String) -> UInt64? {
        if let index = entries[ZipArchive.key(part)] { return index }
        return part.removingPercentEncoding.flatMap { entries[ZipArchive.key($0)] }
    }

    private func indexEntries() {
        let count = zip_get_num_entries(handle, 0)
        guard count > 0 else { return }
        for index in 0..<zip_uint64_t(count) {
            guard let raw = zip_get_name(handle, index, 0) else { continue }
            let name = String(cString: raw)
            // WPS writes directory entries; they are not parts.
            if name.hasSuffix("/") || name.hasSuffix("\\") { continue }
            let key = ZipArchive.key(name)
            if entries[key] == nil { entries[key] = index }
        }
    }

    private static func key(_ name: String) -> String {
        var normalized = name.replacingOccurrences(of: "\\", with: "/")
        while normalized.hasPrefix("/") { normalized.removeFirst() }
        return normalized.lowercased()
    }

    private static func message(_ code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error))
    }
}

/// Something the XML scanner can pull bytes from.
protocol ByteSource: AnyObject {
    /// Fills up to `capacity` bytes at `buffer`; returns 0 at the end.
    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int
}

/// One zip entry inflated in chunks by `zip_fread`, so memory does not grow with the part's size.
/// Used by one thread at a time; libzip access is serialised by the archive's lock.
final class ZipEntryStream: ByteSource, @unchecked Sendable {
    let part: String
    private let archive: ZipArchive
    private let entry: OpaquePointer
    private let compressedSize: Int
    private let maxBytes: Int
    private var total = 0
    /// The entry's size once inflated, as the zip directory states it (for progress reports only).
    var inflatedSize: Int?

    init(archive: ZipArchive, entry: OpaquePointer, part: String, compressedSize: Int, maxBytes: Int) {
        self.archive = archive
        self.entry = entry
        self.part = part
        self.compressedSize = compressedSize
        self.maxBytes = maxBytes
    }

    deinit { archive.lock.withLock { _ = zip_fclose(entry) } }

    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws -> Int {
        try archive.lock.withLock {
            let count = zip_fread(entry, buffer, zip_uint64_t(capacity))
            guard count >= 0 else {
                throw XLSXError.corruptZip(file: archive.file, detail: "\(part): \(archive.message(ofEntry: entry))")
            }
            total += Int(count)
            try archive.account(Int(count), part: part, partTotal: total, compressedSize: compressedSize, maxBytes: maxBytes)
            return Int(count)
        }
    }
}
