import XLSXReader

/// A column's values, stored compactly in fixed-size chunks. Each value is a one-byte kind and an 8-byte
/// payload (a number's bits, a flag, or where its text is), 9 bytes where a `TableValue` takes 24: building
/// a large table is bound by writing fresh memory, so this is most of its cost and its peak memory.
/// Appending never copies what was gathered before; reading a value rebuilds the `TableValue`.
public struct ColumnValues: RandomAccessCollection, Sendable {
    private enum Kind: UInt8, Sendable {
        case empty, number, date1900, date1904, duration, bool, text, sharedText, error
    }

    private struct Chunk: Sendable {
        var kinds: [Kind] = []
        var payloads: [UInt64] = []
    }

    private static let shift = 16
    private static let chunkSize = 1 << shift
    private var full: [Chunk] = []
    private var current = Chunk()
    /// Texts and error codes, which `.text` and `.error` payloads index.
    private var texts: [String] = []
    /// The workbook's shared strings, which `.sharedText` payloads index.
    private var sharedStrings: [String] = []

    public private(set) var count = 0
    /// Empty values at the end that are counted but not stored: a column right of the data (a far cell at
    /// `XFD1`) or one that stops early costs memory for the values it holds, not for the rows it spans
    /// (issue #14, item 7). They are stored only when a later value follows them.
    private var trailingEmpty = 0
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// An empty column.
    public init() {}

    /// The value of data row `position`.
    public subscript(position: Int) -> TableValue {
        precondition(position >= 0 && position < count, "position \(position) outside 0..<\(count)")
        guard position < count - trailingEmpty else { return .empty }
        let chunk = position >> ColumnValues.shift
        let offset = position & (ColumnValues.chunkSize - 1)
        let (kind, payload) = chunk < full.count
            ? (full[chunk].kinds[offset], full[chunk].payloads[offset])
            : (current.kinds[offset], current.payloads[offset])
        switch kind {
        case .empty: return .empty
        case .number: return .number(Double(bitPattern: payload))
        case .date1900: return .date(ExcelDate(serial: Double(bitPattern: payload), system: .excel1900))
        case .date1904: return .date(ExcelDate(serial: Double(bitPattern: payload), system: .excel1904))
        case .duration: return .duration(days: Double(bitPattern: payload))
        case .bool: return .bool(payload != 0)
        case .text: return .text(texts[Int(payload)])
        case .sharedText: return .text(sharedStrings[Int(payload)])
        case .error: return .error(texts[Int(payload)])
        }
    }

    mutating func append(_ value: TableValue) {
        switch value {
        case .empty: pad(to: count + 1)
        case .number(let number): store(.number, number.bitPattern)
        case .date(let date): store(date.system == .excel1900 ? .date1900 : .date1904, date.serial.bitPattern)
        case .duration(let days): store(.duration, days.bitPattern)
        case .bool(let flag): store(.bool, flag ? 1 : 0)
        case .text(let text): storeText(text, as: .text)
        case .error(let code): storeText(code, as: .error)
        }
    }

    /// Appends the text that is entry `index` of `table` without copying it. Every call for one column
    /// passes the same table, the shared strings of the workbook being read.
    mutating func appendShared(_ index: Int, of table: [String]) {
        if sharedStrings.isEmpty { sharedStrings = table }
        store(.sharedText, UInt64(index))
    }

    /// Appends empty values until there are `target`.
    mutating func pad(to target: Int) {
        guard count < target else { return }
        trailingEmpty += target - count
        count = target
    }

    private mutating func storeText(_ text: String, as kind: Kind) {
        store(kind, UInt64(texts.count))
        texts.append(text)
    }

    private mutating func store(_ kind: Kind, _ payload: UInt64) {
        if trailingEmpty > 0 {
            let empties = trailingEmpty
            trailingEmpty = 0
            count -= empties
            for _ in 0..<empties { place(.empty, 0) }
        }
        place(kind, payload)
    }

    private mutating func place(_ kind: Kind, _ payload: UInt64) {
        if current.kinds.count == ColumnValues.chunkSize {
            full.append(current)
            current = Chunk()
        }
        // Only a column that has filled a chunk reserves whole chunks; the first grows as values come, so a
        // sheet of many short columns does not reserve 64 Ki values (590 KB of address space) for each.
        if current.kinds.isEmpty && !full.isEmpty {
            current.kinds.reserveCapacity(ColumnValues.chunkSize)
            current.payloads.reserveCapacity(ColumnValues.chunkSize)
        }
        current.kinds.append(kind)
        current.payloads.append(payload)
        count += 1
    }
}
