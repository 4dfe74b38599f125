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

// Summaries read straight from the stored kinds and payloads, without rebuilding a `TableValue` per value:
// `inspect` summarises every column of a sheet of millions of cells and should cost little beside the read
// (issue #14, item 5).
extension ColumnValues {
    /// Calls `body` with each stored value's kind and payload (trailing empty values are not stored).
    @inline(__always)
    private func forEachStored(_ body: (Kind, UInt64) -> Void) {
        for chunk in full + [current] {
            chunk.kinds.withUnsafeBufferPointer { kinds in
                chunk.payloads.withUnsafeBufferPointer { payloads in
                    for offset in 0..<kinds.count { body(kinds[offset], payloads[offset]) }
                }
            }
        }
    }

    /// The stored kinds that are values of `type` holding a number (numbers, dates, durations); empty for the others.
    private static func numericKinds(of type: ColumnType) -> Set<Kind> {
        switch type {
        case .number: [.number]
        case .date: [.date1900, .date1904]
        case .duration: [.duration]
        default: []
        }
    }

    /// Positions of the first smallest and the first largest value of `type`, compared by their numbers (dates by
    /// serial, durations by days); nil when the column holds no such value or `type` has no numbers.
    public func numericExtremes(of type: ColumnType) -> (low: Int, high: Int)? {
        let kinds = Self.numericKinds(of: type)
        guard !kinds.isEmpty else { return nil }
        let only = kinds.count == 1 ? kinds.first : nil
        var low = -1, high = -1
        var lowest = Double.infinity, highest = -Double.infinity
        var position = 0
        forEachStored { kind, payload in
            defer { position += 1 }
            guard kind == only || (only == nil && kinds.contains(kind)) else { return }
            let number = Double(bitPattern: payload)
            if low < 0 || number < lowest { (low, lowest) = (position, number) }
            if high < 0 || number > highest { (high, highest) = (position, number) }
        }
        return low < 0 ? nil : (low, high)
    }

    /// The values of `type` with how often each occurs, in order of first appearance. Shared strings and flags are
    /// counted by their index, texts of the file's own cells by their text; equal texts are one entry however
    /// they were stored.
    public func frequencies(of type: ColumnType) -> [(value: TableValue, count: Int)] {
        guard type == .text || type == .bool || type == .error else { return [] }
        enum Entry { case shared(Int), inline(String), flag(Bool) }
        var order: [Entry] = []
        var counts: [Int] = []
        // Slot of each shared string in `order` (-1 when not seen): an array lookup per cell, not a hash.
        var sharedSlots: [Int32] = []
        var inlineSlots: [String: Int] = [:]
        var flagSlots = [-1, -1]
        forEachStored { kind, payload in
            switch (kind, type) {
            case (.sharedText, .text):
                let index = Int(payload)
                if sharedSlots.isEmpty { sharedSlots = [Int32](repeating: -1, count: sharedStrings.count) }
                if sharedSlots[index] < 0 {
                    sharedSlots[index] = Int32(order.count)
                    order.append(.shared(index))
                    counts.append(0)
                }
                counts[Int(sharedSlots[index])] += 1
            case (.text, .text), (.error, .error):
                let text = texts[Int(payload)]
                if let slot = inlineSlots[text] {
                    counts[slot] += 1
                } else {
                    inlineSlots[text] = order.count
                    order.append(.inline(text))
                    counts.append(1)
                }
            case (.bool, .bool):
                let flag = payload != 0 ? 1 : 0
                if flagSlots[flag] < 0 {
                    flagSlots[flag] = order.count
                    order.append(.flag(flag == 1))
                    counts.append(0)
                }
                counts[flagSlots[flag]] += 1
            default:
                break
            }
        }
        // Equal texts stored apart (a shared string and an inline one, or a table listing a text twice) are merged,
        // once per distinct entry rather than per cell.
        var merged: [(value: TableValue, count: Int)] = []
        var slots: [String: Int] = [:]
        for (entry, count) in zip(order, counts) {
            let value: TableValue = switch entry {
            case .shared(let index): .text(sharedStrings[index])
            case .inline(let text): type == .error ? .error(text) : .text(text)
            case .flag(let flag): .bool(flag)
            }
            if case .bool = value {
                merged.append((value, count))
            } else if let slot = slots[value.displayText] {
                merged[slot].count += count
            } else {
                slots[value.displayText] = merged.count
                merged.append((value, count))
            }
        }
        return merged
    }
}
