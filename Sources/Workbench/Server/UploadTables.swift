import Foundation
import Tabular

/// An upload's tables, read once and kept while the upload lives: the upload, the preview, the tool's form,
/// the analysis and the workbook written for the download all use the same `Table` instead of reading
/// the workbook again (a 5 MB workbook is ~0.1 s of CPU per read, and thirty participants share two cores).
///
/// The two most recently used readings (sheet and reading options) are kept: the preview of a sheet needs it with and
/// without conversion. Tables are values, so a job holding one keeps it even after it leaves the cache.
final class UploadTables: @unchecked Sendable {
    typealias Key = TableChoice

    struct Reading: Sendable {
        let table: Table
        let sheet: String
    }

    private let lock = NSLock()
    private var readings: [(key: Key, reading: Reading)] = []
    private var sheetNames: [String]?
    /// The preview's rendered column table, by sheet, conversion and language: it summarises every value of
    /// every column, which is not worth repeating when the participant comes back to the tool list.
    private var previews: [String: String] = [:]
    static let kept = 2
    /// How many times the workbook was read into a table (for the tests of the promise above).
    private(set) var reads: Int {
        get { lock.withLock { readCount } }
        set { lock.withLock { readCount = newValue } }
    }
    private var readCount = 0

    /// The table for `key`, read now if it is not kept (and then kept, unless `keep` is false: the preview's
    /// look at what conversion would change need not hold a second table per participant). Reading happens
    /// outside the lock: two requests for the same reading at once may both read it, which is rare and harmless.
    func reading(_ key: Key, upload: Upload, keep: Bool = true) throws -> Reading {
        if let kept = lock.withLock({ lookUp(key) }) { return kept }
        let reader = UploadReader(upload: upload)
        let opened = try reader.open()
        reads += 1
        let (table, sheet) = try reader.table(opened, sheet: key.sheet, options: try key.options())
        let reading = Reading(table: table, sheet: sheet)
        lock.withLock {
            if sheetNames == nil { sheetNames = reader.sheetNames(opened) }
            guard keep else { return }
            store(reading, for: key)
            // The first sheet read by default is the same reading as that sheet by name.
            if key.sheet == nil { store(reading, for: key.on(sheet)) }
        }
        return reading
    }

    /// The sheets a participant may choose from (read with the first table).
    func sheets(upload: Upload) throws -> [String] {
        if let names = lock.withLock({ sheetNames }) { return names }
        let reader = UploadReader(upload: upload)
        let names = reader.sheetNames(try reader.open())
        lock.withLock { sheetNames = names }
        return names
    }

    func preview(_ key: String, make: () throws -> String) rethrows -> String {
        if let kept = lock.withLock({ previews[key] }) { return kept }
        let html = try make()
        lock.withLock { previews[key] = html }
        return html
    }

    private func lookUp(_ key: Key) -> Reading? {
        guard let index = readings.firstIndex(where: { $0.key == key }) else { return nil }
        let entry = readings.remove(at: index)
        readings.append(entry)
        return entry.reading
    }

    private func store(_ reading: Reading, for key: Key) {
        readings.removeAll { $0.key == key }
        readings.append((key, reading))
        // A default reading and its named twin hold the same table: count distinct tables, not keys.
        while distinctTables > Self.kept, let first = readings.first {
            readings.removeAll { $0.key.on($0.reading.sheet) == first.key.on(first.reading.sheet) }
        }
    }

    private var distinctTables: Int {
        Set(readings.map { $0.key.on($0.reading.sheet) }).count
    }
}
